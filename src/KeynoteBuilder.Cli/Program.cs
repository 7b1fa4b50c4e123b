// The command line is being written; this placeholder keeps the solution building.
Console.Error.WriteLine("keynote: not implemented yet");
return 2;
