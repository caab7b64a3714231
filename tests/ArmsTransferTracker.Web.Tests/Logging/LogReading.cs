namespace ArmsTransferTracker.Web.Tests.Logging;

/// <summary>Reads a log file that the app may still be writing to.</summary>
public static class LogReading
{
    public static List<string> ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return lines;
    }
}
