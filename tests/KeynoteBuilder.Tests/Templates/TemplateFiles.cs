using System.Diagnostics;
using System.IO.Compression;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Templates;

/// <summary>
/// Templates for the tests: one KeynoteBuilder writes itself (always there, for hostile mutations), pandoc's
/// reference.pptx and LibreOffice's Impress templates converted to .pptx, both made at test time (null
/// when the tool is missing: the test then reports itself skipped).
/// </summary>
public static class TemplateFiles
{
    private static readonly Lazy<byte[]> OwnBytes = new(BuildOwn);
    private static readonly Lazy<byte[]?> PandocBytes = new(() => RunForBytes("pandoc", "--print-default-data-file reference.pptx"));
    private static readonly Lazy<IReadOnlyList<string>> LibreOfficeFiles = new(ConvertLibreOffice);

    /// <summary>A small valid template: the package KeynoteBuilder writes for a two-slide deck (its master, four layouts, notes master).</summary>
    public static byte[] Own => OwnBytes.Value;

    public static byte[]? Pandoc => PandocBytes.Value;

    /// <summary>LibreOffice's Impress templates as .pptx files, converted once per test run; empty without soffice or templates.</summary>
    public static IReadOnlyList<string> LibreOffice => LibreOfficeFiles.Value;

    /// <summary>The folder LibreOffice keeps its Impress templates in, if any.</summary>
    public static string? LibreOfficeTemplateFolder =>
        new[] { "/usr/lib/libreoffice/share/template/common/presnt", "/usr/share/libreoffice/share/template/common/presnt", "/opt/libreoffice/share/template/common/presnt" }
            .FirstOrDefault(Directory.Exists);

    /// <summary>A copy of a package with its entries changed: <paramref name="edit"/> gets each entry's name and bytes and returns the new bytes, or null to drop it.</summary>
    public static byte[] Rezip(byte[] package, Func<string, byte[], byte[]?> edit, IEnumerable<(string Name, byte[] Data)>? extra = null, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                var data = new MemoryStream();
                stream.CopyTo(data);
                if (edit(entry.FullName, data.ToArray()) is { } changed)
                {
                    Add(zip, entry.FullName, changed, level);
                }
            }

            foreach (var (name, data) in extra ?? [])
            {
                Add(zip, name, data, level);
            }
        }

        return output.ToArray();
    }

    public static byte[] Replace(byte[] package, string part, Func<string, string> edit) =>
        Rezip(package, (name, data) => name == part ? System.Text.Encoding.UTF8.GetBytes(edit(System.Text.Encoding.UTF8.GetString(data))) : data);

    private static void Add(ZipArchive zip, string name, byte[] data, CompressionLevel level)
    {
        using var stream = zip.CreateEntry(name, level).Open();
        stream.Write(data);
    }

    private static byte[] BuildOwn()
    {
        using var build = new TestBuild();
        var output = build.BuildYaml("title: Own\nslides:\n  - layout: title\n    title: Own\n  - title: Two\n    bullets: [a, b]\n    notes: n\n");
        return File.ReadAllBytes(output);
    }

    private static byte[]? RunForBytes(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var data = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(data);
            process.WaitForExit(60_000);
            return process.ExitCode == 0 && data.Length > 0 ? data.ToArray() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static IReadOnlyList<string> ConvertLibreOffice()
    {
        if (LibreOfficeTemplateFolder is not { } folder || !OnPath("soffice"))
        {
            return [];
        }

        // All 23 take minutes to convert, build and render; CI takes four that cover the shapes (one
        // master, several masters, eleven masters, a dark one). KEYNOTE_TEMPLATE_CORPUS=all takes every one.
        string[] few = ["Candy", "DNA", "Focus", "Vintage"];
        var all = Environment.GetEnvironmentVariable("KEYNOTE_TEMPLATE_CORPUS") == "all";
        var sources = Directory.GetFiles(folder, "*.otp").Where(f => all || few.Contains(Path.GetFileNameWithoutExtension(f)))
            .Order(StringComparer.Ordinal).ToList();
        var output = Directory.CreateTempSubdirectory("keynote-lo-templates-").FullName;
        LibreOfficeConvert(sources, "pptx", output);
        return Directory.GetFiles(output, "*.pptx").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Converts files with soffice in one run, in a private profile, to <paramref name="format"/> in <paramref name="outputFolder"/>.</summary>
    public static void LibreOfficeConvert(IEnumerable<string> files, string format, string outputFolder)
    {
        var profile = Directory.CreateTempSubdirectory("keynote-lo-profile-").FullName;
        try
        {
            var info = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", format, "--outdir", outputFolder }.Concat(files))
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(600_000), "soffice did not finish in 10 minutes");
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, tool)));
}
