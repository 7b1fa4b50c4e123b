using System.Text;
using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Binding;

/// <summary>A cell read from a CSV file, with the line and character column of its text there, for messages.</summary>
public readonly record struct CsvCell(string Text, SourcePosition Position);

/// <summary>
/// Reads a CSV file referenced by a deck: UTF-8, comma-separated, RFC 4180 quoting (a field in double
/// quotes may hold commas, line breaks and doubled quotes). Returns rows of trimmed cells, the first being
/// the header; blank lines are skipped. Read by hand rather than with a library so that every cell and
/// every mistake has its own line and column, and messages speak of lines and quotes, not records and bytes.
/// </summary>
public static class CsvTable
{
    public static IReadOnlyList<IReadOnlyList<CsvCell>>? Read(string relative, SourcePosition at, BindContext context)
    {
        if (context.Files.ReadBytes(relative, at, context.Diagnostics) is not { } bytes)
        {
            return null;
        }

        var text = Syntax.SourceText.Decode(relative, bytes, context.Diagnostics);
        if (text is null)
        {
            return null;
        }

        var rows = new Reader(relative, text, context.Diagnostics).Rows();
        if (rows is null)
        {
            return null;
        }

        if (rows.Count == 0)
        {
            context.Diagnostics.Error(Codes.CsvSyntax, at, $"'{relative}' has no rows; the first line is the header");
            return null;
        }

        return rows;
    }

    private sealed class Reader(string file, string text, DiagnosticBag diagnostics)
    {
        private int _i;
        private int _line = 1;
        private int _lineStart;

        private SourcePosition Here => new(file, _line, _i - _lineStart + 1);

        private bool AtEnd => _i >= text.Length;

        private bool AtLineEnd => AtEnd || text[_i] is '\r' or '\n';

        /// <summary>Every non-blank record, or null after reporting the first syntax error.</summary>
        public List<IReadOnlyList<CsvCell>>? Rows()
        {
            var rows = new List<IReadOnlyList<CsvCell>>();
            while (!AtEnd)
            {
                var cells = new List<CsvCell>();
                while (true)
                {
                    if (Field() is not { } cell)
                    {
                        return null;
                    }

                    cells.Add(cell);
                    if (AtLineEnd)
                    {
                        break;
                    }

                    _i++; // the comma
                }

                NewLine();
                if (cells.Any(c => c.Text.Length > 0))
                {
                    rows.Add(cells);
                }
            }

            return rows;
        }

        private CsvCell? Field()
        {
            SkipSpaces();
            return !AtEnd && text[_i] == '"' ? Quoted() : Unquoted();
        }

        private CsvCell? Unquoted()
        {
            var start = Here;
            var from = _i;
            while (!AtLineEnd && text[_i] != ',')
            {
                if (text[_i] == '"')
                {
                    diagnostics.Error(Codes.CsvSyntax, Here, "a quote inside a field that does not start with one; put the whole field in quotes and double this quote (\"\")");
                    return null;
                }

                _i++;
            }

            return new CsvCell(text[from.._i].Trim(), start);
        }

        private CsvCell? Quoted()
        {
            var open = Here;
            _i++;
            var start = Here;
            var value = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    diagnostics.Error(Codes.CsvSyntax, open, "this quote is never closed; end the field with a quote (and double any quote inside it: \"\")");
                    return null;
                }

                var c = text[_i];
                if (c == '"' && _i + 1 < text.Length && text[_i + 1] == '"')
                {
                    value.Append('"');
                    _i += 2;
                }
                else if (c == '"')
                {
                    _i++;
                    break;
                }
                else if (c is '\r' or '\n')
                {
                    value.Append(c == '\r' && _i + 1 < text.Length && text[_i + 1] == '\n' ? "\r\n" : c);
                    NewLine();
                }
                else
                {
                    value.Append(c);
                    _i++;
                }
            }

            SkipSpaces();
            if (!AtLineEnd && text[_i] != ',')
            {
                diagnostics.Error(Codes.CsvSyntax, Here, "text after a field's closing quote; put it inside the quotes, or a comma before it");
                return null;
            }

            return new CsvCell(value.ToString().Trim(), start);
        }

        private void SkipSpaces()
        {
            while (!AtEnd && text[_i] is ' ' or '\t')
            {
                _i++;
            }
        }

        /// <summary>Steps over one line break (\n, \r\n or \r) at the current position, if any.</summary>
        private void NewLine()
        {
            if (AtEnd)
            {
                return;
            }

            _i += text[_i] == '\r' && _i + 1 < text.Length && text[_i + 1] == '\n' ? 2 : 1;
            _line++;
            _lineStart = _i;
        }
    }
}
