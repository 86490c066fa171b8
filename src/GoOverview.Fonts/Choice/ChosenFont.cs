using GoOverview.Model.Files;

namespace GoOverview.Fonts.Choice;

/// <summary>
/// Opens the body face of a <see cref="FontChoice.FromFile"/> or <see cref="FontChoice.Installed"/>: the file is read
/// through <see cref="FileGate"/> (regular files only, at most <see cref="ReadLimits.FontFile"/>), must be a font,
/// a collection must say which face, and the face must have Chinese (it sets the body text of Chinese documents).
/// </summary>
public static class ChosenFont
{
    /// <summary>A character every Chinese body face has; a face without it is a Latin-only font.</summary>
    private const int ProbeHan = '中';

    /// <exception cref="FontChoiceException">The file or family cannot be used; the message says why.</exception>
    public static FontFile Open(FontChoice choice) => choice switch
    {
        FontChoice.FromFile file => OpenFile(file.Path, file.FaceIndex, "--font"),
        FontChoice.Installed installed => OpenInstalled(installed.Family),
        _ => throw new ArgumentException("not a file or installed family: " + choice, nameof(choice)),
    };

    private static FontFile OpenInstalled(string family)
    {
        var face = InstalledFonts.Find(family);
        return OpenFile(face.Path, face.FaceIndex, $"font family '{family}':");
    }

    private static FontFile OpenFile(string path, int? faceIndex, string what)
    {
        byte[] data;
        try
        {
            data = FileGate.ReadAllBytes(path, ReadLimits.FontFile, what);
        }
        catch (FileRefusedException e)
        {
            throw new FontChoiceException(e.Message);
        }
        catch (IOException e)
        {
            throw new FontChoiceException($"{what} {path}: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            throw new FontChoiceException($"{what} {path}: permission denied");
        }
        var faces = SfntHeader.FaceOffsets(data);
        if (faces.Count == 0)
            throw new FontChoiceException($"{what} {path}: not a TrueType or OpenType font");
        int index;
        if (faceIndex is { } asked)
        {
            if (asked < 0 || asked >= faces.Count)
                throw new FontChoiceException($"{what} {path}: has {faces.Count} face(s); #{asked} does not exist ({Describe(data, faces)})");
            index = asked;
        }
        else if (faces.Count == 1) index = 0;
        else
            throw new FontChoiceException($"{what} {path}: is a collection of {faces.Count} faces; name one as {Path.GetFileName(path)}#N ({Describe(data, faces)})");
        // Skia's PDF backend falls back to Type 3 fonts for CFF faces and PowerPoint's EOT embedding needs glyf
        // outlines: every writer embeds TrueType outlines only.
        if (SfntHeader.IsCff(data, faces[index]))
            throw new FontChoiceException($"{what} {path}: has PostScript (CFF) outlines; GoOverview embeds TrueType-outline fonts only (.ttf, or a .ttc of TrueType faces)");
        var family = SfntHeader.FamilyName(data, faces[index])
            ?? throw new FontChoiceException($"{what} {path}: the font has no family name (no name table)");
        var font = new FontFile(FileGate.RealPath(path), family, FontRole.Regular, isBold: false, index, data);
        if (!font.Covers(ProbeHan))
        {
            font.Dispose();
            throw new FontChoiceException($"{what} {path}: {family} has no Chinese characters; the body face must set Chinese text (choose a CJK font)");
        }
        return font;
    }

    private static string Describe(byte[] data, IReadOnlyList<int> faces) =>
        string.Join(", ", faces.Take(12).Select((offset, i) => $"#{i} {SfntHeader.FamilyName(data, offset) ?? "?"}")) + (faces.Count > 12 ? ", …" : "");
}
