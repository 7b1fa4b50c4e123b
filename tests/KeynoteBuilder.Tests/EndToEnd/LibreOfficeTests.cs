using System.Diagnostics;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.EndToEnd;

/// <summary>Opens the built keynote in a real client. Without soffice this reports itself skipped, never passed.</summary>
public sealed class LibreOfficeTests
{
    [NeedsLibreOfficeFact]
    public void LibreOffice_converts_the_keynote_to_a_nineteen_page_pdf()
    {
        using var build = new TestBuild();
        var pptx = Path.Combine(build.Folder, "deck.pptx");
        Assert.Equal(0, build.Build(RepoPaths.File("deck.yaml"), pptx));

        var profile = Directory.CreateTempSubdirectory("keynote-lo-profile-").FullName;
        try
        {
            Run("soffice", $"-env:UserInstallation=file://{profile} --headless --convert-to pdf --outdir {build.Folder} {pptx}");
            var pdf = Path.Combine(build.Folder, "deck.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");
            Assert.Equal(19, PdfPages(pdf));
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>Counts page objects in the PDF (pdfinfo may be missing where soffice is not).</summary>
    private static int PdfPages(string pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        return System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page[^s]").Count;
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(180_000), "soffice did not finish in 3 minutes");
    }
}

/// <summary>A fact that is skipped, and says so, when LibreOffice's soffice is not on the PATH.</summary>
public sealed class NeedsLibreOfficeFactAttribute : FactAttribute
{
    public NeedsLibreOfficeFactAttribute()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, "soffice")));
        if (!found)
        {
            Skip = "soffice (LibreOffice Impress) is not installed; .ci/run installs it";
        }
    }
}
