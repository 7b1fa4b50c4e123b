using BenchmarkDotNet.Running;

// Run all:  dotnet run -c Release --project bench/KeynoteBuilder.Benchmarks -- --filter '*'
// Smoke:    add --job short (fewer iterations; numbers are rough).
BenchmarkSwitcher.FromAssembly(typeof(KeynoteBuilder.Benchmarks.PassBenchmarks).Assembly).Run(args);
