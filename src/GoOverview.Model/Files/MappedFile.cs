using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace GoOverview.Model.Files;

/// <summary>
/// A regular file mapped read-only into memory (<see cref="FileGate.Map"/>): only the pages something reads are
/// loaded, so asking a 10 MB font for one character's glyph touches a few pages instead of copying the whole file.
/// <see cref="Pointer"/> stays valid until <see cref="Dispose"/>.
/// </summary>
public sealed class MappedFile : IDisposable
{
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;

    internal MappedFile(FileStream stream, long length)
    {
        _map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        _view = _map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        Length = length;
        Pointer = _view.SafeMemoryMappedViewHandle.DangerousGetHandle() + (nint)_view.PointerOffset;
    }

    /// <summary>The address of the file's first byte.</summary>
    public IntPtr Pointer { get; }

    public long Length { get; }

    /// <summary>A managed copy of the whole file (for the few callers that need an array).</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        Marshal.Copy(Pointer, bytes, 0, bytes.Length);
        return bytes;
    }

    public void Dispose()
    {
        _view.Dispose();
        _map.Dispose();
    }
}
