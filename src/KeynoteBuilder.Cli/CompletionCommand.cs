using System.CommandLine;

namespace KeynoteBuilder.Cli;

/// <summary>
/// <c>keynote completion bash|zsh|fish|pwsh</c>: prints a script that asks keynote itself what can come
/// next. System.CommandLine answers <c>keynote "[suggest:POSITION]" "LINE"</c> with one candidate a line
/// (commands, options); where it has none, the shell offers file names, as a deck path wants.
/// </summary>
public static class CompletionCommand
{
    private static readonly Dictionary<string, string> Scripts = new()
    {
        ["bash"] = """
            # keynote completion for bash: source it from ~/.bashrc
            _keynote_complete() {
              local IFS=$'\n'
              COMPREPLY=($(keynote "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null))
            }
            complete -o default -o bashdefault -F _keynote_complete keynote
            """,
        ["zsh"] = """
            # keynote completion for zsh: source it from ~/.zshrc (after compinit)
            _keynote() {
              local line="${words[*]}"
              local -a candidates
              candidates=("${(@f)$(keynote "[suggest:${#line}]" "$line" 2>/dev/null)}")
              candidates=(${candidates:#})
              if (( ${#candidates} )); then compadd -- $candidates; else _files; fi
            }
            compdef _keynote keynote
            """,
        ["fish"] = """
            # keynote completion for fish: save it as ~/.config/fish/completions/keynote.fish
            complete -c keynote -a '(set -l line (commandline -cp); keynote "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null)'
            """,
        ["pwsh"] = """
            # keynote completion for PowerShell: add it to $PROFILE
            Register-ArgumentCompleter -Native -CommandName keynote -ScriptBlock {
                param($wordToComplete, $commandAst, $cursorPosition)
                $line = $commandAst.ToString()
                $position = $cursorPosition - $commandAst.Extent.StartOffset
                if ($position -gt $line.Length) { $line = $line.PadRight($position) }
                keynote "[suggest:$position]" "$line" 2>$null | ForEach-Object {
                    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                }
            }
            """,
    };

    public static IReadOnlyCollection<string> Shells => Scripts.Keys;

    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh, fish or pwsh" };
        shell.AcceptOnlyFromAmong([.. Scripts.Keys]);
        var command = new Command("completion", "Print a shell completion script for keynote (bash, zsh, fish or pwsh)") { shell };
        command.SetAction(result =>
        {
            Console.Out.Write(Scripts[result.GetValue(shell)!].ReplaceLineEndings("\n") + "\n");
            return ExitCodes.Built;
        });
        return command;
    }
}
