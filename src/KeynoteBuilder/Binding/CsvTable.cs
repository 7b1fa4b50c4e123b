using CsvHelper;
using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Binding;

/// <summary>A cell read from a CSV file, with its position there for messages.</summary>
public readonly record struct CsvCell(string Text, SourcePosition Position);

/// <summary>
/// Reads a CSV file referenced by a deck (RFC 4180 quoting, UTF-8) with CsvHelper's reader.
/// Returns rows of cells, the first being the header; errors point at the CSV line.
/// </summary>
public static class CsvTable
{
    public static IReadOnlyList<IReadOnlyList<CsvCell>>? Read(string relative, SourcePosition at, BindContext context)
    {
        if (context.Files.ReadBytes(relative, at, context.Diagnostics) is not { } bytes)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var text = Syntax.SourceText.Decode(relative, bytes, diagnostics);
        if (text is null)
        {
            foreach (var d in diagnostics.Sorted)
            {
                context.Diagnostics.Add(d);
            }

            return null;
        }

        var rows = new List<IReadOnlyList<CsvCell>>();
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = ',',
            MalformedData = CsvMalformedDataHandling.Throw,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
        };
        try
        {
            using var reader = CsvReader.FromText(text, options);
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                var cells = new List<CsvCell>(reader.FieldCount);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    // Columns are approximate inside quoted fields; the line is what matters in a CSV.
                    cells.Add(new CsvCell(reader.GetString(i).Trim(), new SourcePosition(relative, line, i + 1)));
                }

                if (cells.Any(c => c.Text.Length > 0))
                {
                    rows.Add(cells);
                }
            }
        }
        catch (CsvFormatException ex)
        {
            var line = (int)Math.Max(1, ex.LineNumber);
            context.Diagnostics.Error(Codes.CsvSyntax, new SourcePosition(relative, line, 1), $"the CSV does not parse here: {FirstLine(ex.Message)}; check the quotes on this line");
            return null;
        }

        if (rows.Count == 0)
        {
            context.Diagnostics.Error(Codes.CsvSyntax, at, $"'{relative}' has no rows; the first line is the header");
            return null;
        }

        return rows;
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message[..newline]).Trim().TrimEnd('.');
    }
}
