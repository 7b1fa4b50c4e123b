using System.Text;
using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Syntax;

/// <summary>Turns a file's bytes into text strictly: invalid UTF-8 is an error at its line and column, never U+FFFD.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(string file, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var index = Math.Max(0, ex.Index);
            var (line, column) = PositionOfByte(bytes, index);
            diagnostics.Error(Codes.NotUtf8, new SourcePosition(file, line, column),
                $"the file is not valid UTF-8 (byte 0x{bytes[index]:X2}); save it as UTF-8");
            return null;
        }
    }

    /// <summary>1-based line and column of a byte offset, counting characters of the valid prefix.</summary>
    private static (int Line, int Column) PositionOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        var lineStart = bytes[..index].LastIndexOf((byte)'\n') + 1;
        var line = bytes[..index].Count((byte)'\n') + 1;
        var column = StrictUtf8.GetCharCount(bytes[lineStart..index]) + 1;
        return (line, column);
    }
}
