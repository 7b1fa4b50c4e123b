using System.Text;

namespace KeynoteBuilder.Text;

/// <summary>
/// Link targets as a package must store them: characters a URI may not hold (spaces, quotes,
/// non-ASCII after the host) are percent-encoded. Where an address ends is <see cref="LinkScan"/>'s.
/// </summary>
public static class LinkAddress
{
    /// <summary>
    /// Percent-encodes what RFC 3986 does not allow in a URI; existing <c>%XX</c> escapes stay as they are.
    /// Non-ASCII in the host is left alone (a host is written in punycode, not percent-encoded).
    /// </summary>
    public static string Encode(string url)
    {
        var hostEnd = HostEnd(url);
        StringBuilder? result = null;
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            var keep = Allowed(c) || (c == '%' && IsEscape(url, i)) || (i < hostEnd && c > 0x7F);
            if (keep && result is null)
            {
                continue;
            }

            result ??= new StringBuilder(url, 0, i, url.Length + 16);
            if (keep)
            {
                result.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1]) ? 2 : 1;
            foreach (var b in Encoding.UTF8.GetBytes(url.ToCharArray(i, length)))
            {
                result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return result?.ToString() ?? url;
    }

    /// <summary>Unreserved and reserved characters of RFC 3986: everything else in a URI is percent-encoded.</summary>
    private static bool Allowed(char c) =>
        char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=".Contains(c, StringComparison.Ordinal);

    private static bool IsEscape(string url, int i) =>
        i + 2 < url.Length && char.IsAsciiHexDigit(url[i + 1]) && char.IsAsciiHexDigit(url[i + 2]);

    /// <summary>Where the authority of <c>scheme://host/…</c> ends; 0 for <c>mailto:</c> and other forms.</summary>
    private static int HostEnd(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return 0;
        }

        var end = url.IndexOfAny(['/', '?', '#'], scheme + 3);
        return end < 0 ? url.Length : end;
    }
}
