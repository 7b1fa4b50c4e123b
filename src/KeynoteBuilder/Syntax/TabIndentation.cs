using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Syntax;

/// <summary>
/// Finds tabs in indentation before parsing: YamlDotNet reports them at 1:1 or as an unrelated
/// syntax error, while a speaker needs the line that has the tab.
/// </summary>
public static class TabIndentation
{
    public static bool Check(string file, string text, DiagnosticBag diagnostics)
    {
        var ok = true;
        var line = 1;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            if (end < 0)
            {
                end = text.Length;
            }

            var indent = lineStart;
            while (indent < end && text[indent] is ' ' or '\t')
            {
                indent++;
            }

            var tab = text.IndexOf('\t', lineStart, indent - lineStart);
            if (tab >= 0 && indent < end && text[indent] is not '\r' and not '#')
            {
                diagnostics.Error(Codes.TabIndentation, new SourcePosition(file, line, tab - lineStart + 1),
                    "a tab is used for indentation; YAML indents with spaces only, replace the tab with spaces");
                ok = false;
            }

            line++;
            lineStart = end + 1;
        }

        return ok;
    }
}
