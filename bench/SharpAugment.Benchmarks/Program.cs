using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Running;

namespace SharpAugment.Benchmarks;

/// <summary>BenchmarkDotNet entry point; <c>--quick</c> instead times every benchmark with a plain stopwatch (a fast look while iterating).</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--quick")
        {
            Quick(args.Skip(1).ToArray());
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Quick(string[] filter)
    {
        var k = new KernelBenchmarks();
        k.Setup();
        var t = new TransformBenchmarks();
        t.Setup();
        var all = new object[] { k, t }.SelectMany(o => o.GetType().GetMethods()
            .Where(m => m.GetCustomAttribute<BenchmarkDotNet.Attributes.BenchmarkAttribute>() is not null).Select(m => (Target: o, Method: m)));
        foreach (var (b, m) in all)
        {
            if (filter.Length > 0 && !filter.Any(f => m.Name.Contains(f, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            Action run = () => m.Invoke(b, null);
            for (int i = 0; i < 20; i++)
            {
                run();
            }

            long alloc = GC.GetAllocatedBytesForCurrentThread();
            var proc = Process.GetCurrentProcess();
            var cpu0 = proc.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            int n = 0;
            while (sw.Elapsed.TotalSeconds < 1)
            {
                run();
                n++;
            }

            proc.Refresh();
            double cpu = (proc.TotalProcessorTime - cpu0).TotalMilliseconds * 1000 / n;
            Console.WriteLine($"{m.Name,-20} {sw.Elapsed.TotalMilliseconds * 1000 / n,10:F1} us wall {cpu,10:F1} us cpu  {(GC.GetAllocatedBytesForCurrentThread() - alloc) / n,8} B/op");
        }
    }
}
