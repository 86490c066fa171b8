using System.Net;
using System.Net.Sockets;

namespace GoOverview.TestSupport.Hostile;

/// <summary>
/// A loopback TCP listener that counts every connection it is offered and never answers, so a fetch would both be
/// counted and hang. Tests assert <see cref="Connections"/> is zero after a build.
/// </summary>
public sealed class TrapServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = new();
    private int _connections;

    public TrapServer()
    {
        _listener.Start();
        _ = AcceptLoop();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path}";

    public int Connections => Volatile.Read(ref _connections);

    private async Task AcceptLoop()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref _connections);
                lock (_held) _held.Add(client);
            }
        }
        catch (Exception e) when (e is ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // stopped
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        lock (_held) foreach (var c in _held) c.Dispose();
    }
}
