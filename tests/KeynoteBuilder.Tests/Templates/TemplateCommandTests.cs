using KeynoteBuilder.Cli;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Templates;

/// <summary><c>keynote template FILE</c>: what a speaker sees to write <c>layouts:</c>.</summary>
public sealed class TemplateCommandTests
{
    [Fact]
    public void It_prints_masters_layouts_placeholders_and_the_resolution()
    {
        using var build = new TestBuild();
        var path = build.WriteBytes("corporate.pptx", TemplateFiles.Own);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, TemplateCommand.Run(path, stdout, stderr));
        var text = stdout.ToString();
        Assert.StartsWith("corporate.pptx: slides 960 x 540 pt (13.333 x 7.5 in), 1 master, a notes master", text, StringComparison.Ordinal);
        Assert.Contains("  layout 'Title and Content' (type obj): serves content (by name)", text, StringComparison.Ordinal);
        Assert.Contains("    obj      idx 1   at ", text, StringComparison.Ordinal);
        Assert.Contains("    statement   -> 'Statement' (by name)", text, StringComparison.Ordinal);
        Assert.Contains("    two-column  -> 'Two Content' (by name)", text, StringComparison.Ordinal);
        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public void A_template_that_cannot_be_used_is_its_error_and_exit_1()
    {
        using var build = new TestBuild();
        var path = build.WriteBytes("corporate.pptx", "not a zip"u8.ToArray());
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(1, TemplateCommand.Run(path, stdout, stderr));
        Assert.Equal($"{path}: error KB1001: template 'corporate.pptx' cannot be used: it is not a zip package; a .pptx or .potx is one\n", stderr.ToString());
    }
}
