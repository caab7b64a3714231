using System.Globalization;
using Microsoft.Extensions.Options;

namespace ArmsTransferTracker.Web.Settings;

/// <summary>
/// Reads one section of configuration value by value and collects what is wrong: each failure names the setting, says what
/// it takes and gives an example, so that a bad value stops the app at start-up with a message an operator can act on,
/// instead of failing a request later. A value left empty is not set.
/// </summary>
public sealed class SettingsReader(IConfiguration configuration, string section)
{
    private readonly List<string> _failures = [];

    public long WholeNumber(string key, long fallback, long min, long max, string unit)
    {
        if (Raw(key) is not { } raw)
        {
            return fallback;
        }
        if (long.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        Fail(key, raw, $"a whole number of {unit} from {min} to {max}", fallback.ToString(CultureInfo.InvariantCulture));
        return fallback;
    }

    public int WholeNumber(string key, int fallback, int min, int max, string unit) =>
        (int)WholeNumber(key, (long)fallback, min, max, unit);

    public bool Flag(string key, bool fallback)
    {
        if (Raw(key) is not { } raw)
        {
            return fallback;
        }
        if (bool.TryParse(raw.Trim(), out var value))
        {
            return value;
        }
        Fail(key, raw, "true or false", "true");
        return fallback;
    }

    public TEnum OneOf<TEnum>(string key, TEnum fallback) where TEnum : struct, Enum
    {
        if (Raw(key) is not { } raw)
        {
            return fallback;
        }
        var trimmed = raw.Trim();
        // By name only: Enum.TryParse would also take "7" or "1,2".
        if (Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(trimmed, StringComparison.OrdinalIgnoreCase)) is { } name)
        {
            return Enum.Parse<TEnum>(name);
        }
        Fail(key, raw, $"one of: {string.Join(", ", Enum.GetNames<TEnum>())}", fallback.ToString());
        return fallback;
    }

    /// <summary>A setting that is no longer read: set, it is a failure pointing to the one that replaced it.</summary>
    public void Replaced(string key, string replacement, string how, string example)
    {
        if (Raw(key) is { } raw)
        {
            _failures.Add($"Setting {section}:{key} (\"{raw}\") is no longer read: set {section}:{replacement} instead, {how}, "
                + $"e.g. {section}__{replacement}={example}.");
        }
    }

    /// <summary>Stops here when any value read was wrong, with every failure.</summary>
    public void ThrowIfInvalid<TSettings>()
    {
        if (_failures.Count > 0)
        {
            throw new OptionsValidationException(section, typeof(TSettings), _failures);
        }
    }

    private string? Raw(string key) => configuration[$"{section}:{key}"] is { } raw && !string.IsNullOrWhiteSpace(raw) ? raw : null;

    private void Fail(string key, string raw, string takes, string example) =>
        _failures.Add($"Setting {section}:{key} is \"{raw}\"; it takes {takes}, e.g. {section}__{key}={example} in the environment "
            + $"or \"{key}\": {example} in the \"{section}\" section of appsettings.json.");
}
