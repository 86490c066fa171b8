using System.IO.Compression;

namespace GoOverview.Model.Files;

/// <summary>
/// A reference package (.docx, .pptx) opened through <see cref="FileGate"/>, whose entries together may expand to at
/// most <see cref="ReadLimits.ReferencePackageExpanded"/>. Both the declared sizes and the bytes actually inflated
/// are counted: a zip header can lie about an entry's length.
/// </summary>
public sealed class ReferenceZip : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly string _path;
    private readonly string _what;
    private readonly long _maxExpanded;
    private long _inflated;

    private ReferenceZip(ZipArchive zip, string path, string what, long maxExpanded)
    {
        _zip = zip;
        _path = path;
        _what = what;
        _maxExpanded = maxExpanded;
    }

    /// <exception cref="FileRefusedException">Not a regular file, too large on disk, or declaring too much content.</exception>
    /// <exception cref="InvalidDataException">Not a zip file.</exception>
    public static ReferenceZip Open(string path, string what, long maxExpanded = ReadLimits.ReferencePackageExpanded)
    {
        var stream = FileGate.OpenRead(path, ReadLimits.ReferencePackage, what);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        var package = new ReferenceZip(zip, path, what, maxExpanded);
        var declared = zip.Entries.Sum(e => e.Length);
        if (declared > maxExpanded)
        {
            package.Dispose();
            throw package.TooLarge(declared);
        }
        return package;
    }

    public IReadOnlyCollection<ZipArchiveEntry> Entries => _zip.Entries;

    public ZipArchiveEntry? GetEntry(string name) => _zip.GetEntry(name);

    /// <summary>The entry's content stream; reading past the package's budget throws <see cref="FileRefusedException"/>.</summary>
    public Stream Open(ZipArchiveEntry entry) => new CountingStream(entry.Open(), this);

    public byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = Open(entry);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public void Dispose() => _zip.Dispose();

    private void Count(int bytes)
    {
        _inflated += bytes;
        if (_inflated > _maxExpanded) throw TooLarge(_inflated);
    }

    private FileRefusedException TooLarge(long size) =>
        new($"{_what} {_path}: its entries expand to more than {FileGate.DescribeSize(_maxExpanded)} (at least {FileGate.DescribeSize(size)}); it is not read");

    private sealed class CountingStream(Stream inner, ReferenceZip owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            owner.Count(n);
            return n;
        }

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            owner.Count(n);
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
