using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Collation;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Training;

/// <summary>
/// Feeds a training loop with augmented, collated batches, as torch's DataLoader with a DistributedSampler, but
/// reproducible: sample i of epoch e is augmented from <c>Rng.ForSample(Seed, e, i)</c> and the epoch's order is a seeded
/// permutation, so every batch is byte-identical whatever <see cref="DataLoaderOptions.Workers"/> and
/// <see cref="DataLoaderOptions.Prefetch"/> are, and rank r of n reads the same rows on any machine.
/// </summary>
/// <remarks>
/// Workers are threads that each take the next batch number and build it whole (load, augment, batch transform, collate),
/// kept from one epoch to the next unless <see cref="DataLoaderOptions.PersistentWorkers"/> is off;
/// a worker starts batch b only while b is fewer than Prefetch batches ahead of the consumer, so at most Prefetch batches
/// are built or waiting at any time, and their pixel buffers come from a pool that <see cref="TensorBatch.Dispose"/> refills.
/// </remarks>
public sealed class DataLoader
{
    // Child streams of the per-(seed, epoch) Rng: the epoch order and the batch transforms draw apart from every sample.
    private const ulong OrderStream = 0x6F72646572UL;
    private const ulong BatchStream = 0x6261746368UL;

    private readonly ImageDataset _dataset;
    private readonly ITransform<Sample> _pipeline;
    private readonly ITransform<ImageBatch>? _batchTransform;
    private readonly DataLoaderOptions _options;
    private readonly float[] _mean;
    private readonly float[] _std;
    private readonly ConcurrentBag<float[]> _pool = [];
    private readonly WorkerThread[] _threads;

    /// <summary>A loader of <paramref name="dataset"/> through <paramref name="pipeline"/>, then <paramref name="batchTransform"/> (mixup, cutmix, timm_mixup, mosaic) on each batch when given.</summary>
    /// <param name="dataset">The images and their targets.</param>
    /// <param name="pipeline">The per-sample augmentation; it must end at one size for the whole batch (resize, center_crop, random_resized_crop).</param>
    /// <param name="options">Batch size, order, workers, sharding and normalization.</param>
    /// <param name="batchTransform">A transform over whole batches, applied before the pixels are collated, or null.</param>
    public DataLoader(ImageDataset dataset, ITransform<Sample> pipeline, DataLoaderOptions options, ITransform<ImageBatch>? batchTransform = null)
    {
        _dataset = dataset ?? throw new ArgumentNullException(nameof(dataset));
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
        _batchTransform = batchTransform;
        _threads = Enumerable.Range(0, options.Workers).Select(w => new WorkerThread($"SharpAugment DataLoader worker {w}")).ToArray();
        _mean = [.. options.Mean];
        _std = [.. options.Std];
        foreach (var (name, values) in new[] { ("Mean", _mean), ("Std", _std) })
        {
            if (values.Length != 1 && values.Length != dataset.Channels)
            {
                throw new ArgumentException($"DataLoaderOptions: {name} has {values.Length} values; give 1 or one per channel ({dataset.Channels} for {dataset.Color}).", nameof(options));
            }
        }
    }

    /// <summary>The options the loader runs with.</summary>
    public DataLoaderOptions Options => _options;

    /// <summary>The data set read.</summary>
    public ImageDataset Dataset => _dataset;

    /// <summary>Samples this rank reads per epoch: ceil(Count / WorldSize), as DistributedSampler's num_samples.</summary>
    public int SamplesPerEpoch => _dataset.Count == 0 ? 0 : (int)(((long)_dataset.Count + _options.WorldSize - 1) / _options.WorldSize);

    /// <summary>Batches this rank reads per epoch (the last one partial unless DropLast).</summary>
    public int BatchesPerEpoch => _options.DropLast ? SamplesPerEpoch / _options.BatchSize : (SamplesPerEpoch + _options.BatchSize - 1) / _options.BatchSize;

    /// <summary>[C, H, W] of one row: sample 0 of epoch 0 through the pipeline (a model or an ML.NET schema needs it before the first batch).</summary>
    public int[] SampleShape()
    {
        if (_dataset.Count == 0)
        {
            throw new InvalidOperationException("DataLoader: the data set is empty, so a row has no shape.");
        }

        var image = LoadSample(0, 0).Image;
        int[] shape = [image.Channels, image.Height, image.Width];
        image.Recycle();
        return shape;
    }

    /// <summary>
    /// The dataset indices this rank reads in epoch <paramref name="epoch"/>, in order: the epoch order (a seeded
    /// permutation, or 0..Count-1), padded by repeating its start up to a multiple of WorldSize, then every WorldSize-th
    /// entry from Rank, exactly as torch's DistributedSampler(drop_last=False) pads and splits its order.
    /// </summary>
    public int[] EpochIndices(int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        int n = _dataset.Count;
        if (n == 0)
        {
            return [];
        }

        // Unshuffled, the epoch order is 0..Count-1, so a position is its own index.
        int[]? order = _options.Shuffle ? Rng.ForSample(_options.Seed, epoch, 0).Fork(OrderStream).Permutation(n) : null;
        int world = _options.WorldSize, perRank = SamplesPerEpoch;
        var mine = new int[perRank];
        for (int k = 0; k < perRank; k++)
        {
            // Position in the padded order; padding continues cyclically from its start (indices * ceil(pad / n))[:pad].
            long p = ((long)k * world) + _options.Rank;
            int at = (int)(p % n);
            mine[k] = order is null ? at : order[at];
        }

        return mine;
    }

    /// <summary>
    /// The batches of epoch <paramref name="epoch"/> for this rank, in order, built ahead by the workers. A worker's
    /// error surfaces here naming the dataset index and file; cancelling <paramref name="cancellationToken"/> stops the
    /// workers after the sample each is on. Dispose each batch once used to recycle its buffer.
    /// </summary>
    public async IAsyncEnumerable<TensorBatch> ReadEpochAsync(int epoch, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var indices = EpochIndices(epoch);
        int batches = BatchesPerEpoch;
        if (batches == 0)
        {
            yield break;
        }

        var run = new EpochRun(batches, _options.Prefetch, cancellationToken);
        var workers = new Task[Math.Min(_options.Workers, batches)];
        for (int w = 0; w < workers.Length; w++)
        {
            void Job() => Work(run, epoch, indices);
            workers[w] = (_options.PersistentWorkers ? _threads[w].TryRun(Job) : null)
                ?? Task.Factory.StartNew(Job, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            for (int b = 0; b < batches; b++)
            {
                TensorBatch batch;
                try
                {
                    batch = await run.Slots[b].Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (run.Failure is { } failure && !cancellationToken.IsCancellationRequested)
                {
                    failure.Throw();
                    throw;
                }

                run.Consumed(b + 1);
                yield return batch;
            }
        }
        finally
        {
            run.Stop();
            await Task.WhenAll(workers).ConfigureAwait(false);
            run.Dispose();
            foreach (var slot in run.Slots)
            {
                // Built but never handed out (the consumer stopped early): their buffers go back to the pool.
                if (slot.Task.IsCompletedSuccessfully && !run.WasHandedOut(slot))
                {
                    slot.Task.Result.Dispose();
                }
            }
        }
    }

    private void Work(EpochRun run, int epoch, int[] indices)
    {
        while (run.TryTake(out int b))
        {
            try
            {
                run.Slots[b].TrySetResult(BuildBatch(epoch, b, indices, run.Token));
            }
            catch (OperationCanceledException) when (run.Token.IsCancellationRequested)
            {
                run.Slots[b].TrySetCanceled(run.Token);
                return;
            }
            catch (Exception e)
            {
                run.Fail(e);
                return;
            }
        }
    }

    /// <summary>Builds batch <paramref name="b"/> of an epoch: each sample from its own Rng, then the batch transform, then collation into a pooled buffer.</summary>
    internal TensorBatch BuildBatch(int epoch, int b, int[] indices, CancellationToken cancellationToken)
    {
        int start = b * _options.BatchSize;
        int count = Math.Min(_options.BatchSize, indices.Length - start);
        var rows = indices.AsSpan(start, count).ToArray();
        var samples = new Sample[count];
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            samples[i] = LoadSample(epoch, rows[i]);
        }

        CheckOneSize(samples, rows, epoch, b, "the pipeline");
        int classes = _dataset.ClassNames.Count;
        var batch = classes > 0 ? ImageBatch.FromSamples(samples, classes) : new ImageBatch(samples, new float[count], 1);
        if (_batchTransform is not null)
        {
            long stream = ((long)b * _options.WorldSize) + _options.Rank;
            batch = _batchTransform.Apply(batch, new AugmentContext(Rng.ForSample(_options.Seed, epoch, stream).Fork(BatchStream)));
            CheckOneSize(batch.Samples, rows, epoch, b, "the batch transform");
        }

        long length = TensorCollator.BufferLength(batch);
        var data = Rent(length);
        TensorCollator.CollateInto(batch, _mean, _std, data);
        var labels = classes > 0 ? batch.Labels.ToArray() : [];

        // Collated: the pixels (before and after the batch transform) can serve this worker's next samples.
        var seen = new HashSet<IImage>(ReferenceEqualityComparer.Instance);
        foreach (var s in samples.Concat(batch.Samples))
        {
            if (seen.Add(s.Image))
            {
                s.Image.Recycle();
            }
        }

        return new TensorBatch(data, [batch.Count, batch.Channels, batch.Height, batch.Width], labels, rows, batch.Samples, Return);
    }

    private Sample LoadSample(int epoch, int index)
    {
        try
        {
            var sample = _dataset.Load(index);
            var result = _pipeline.Apply(sample, new AugmentContext(Rng.ForSample(_options.Seed, epoch, index)));
            return result.Image is IDeferredImage untouched ? result with { Image = untouched.Decode() } : result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"DataLoader: epoch {epoch}, dataset index {index} ({_dataset.PathOf(index)}): {e.Message}", e);
        }
    }

    private void CheckOneSize(IReadOnlyList<Sample> samples, int[] rows, int epoch, int b, string stage)
    {
        var first = samples[0].Image;
        for (int i = 1; i < samples.Count; i++)
        {
            var s = samples[i].Image;
            if (s.Width != first.Width || s.Height != first.Height || s.Channels != first.Channels || s.Depth != first.Depth)
            {
                throw new InvalidOperationException(
                    $"DataLoader: epoch {epoch}, batch {b}: after {stage}, dataset index {rows[0]} ({_dataset.PathOf(rows[0])}) is " +
                    $"{first.Width}x{first.Height}x{first.Channels} {first.Depth} but dataset index {rows[i]} ({_dataset.PathOf(rows[i])}) is " +
                    $"{s.Width}x{s.Height}x{s.Channels} {s.Depth}; a batch needs one size: end the pipeline with resize, center_crop or random_resized_crop.");
            }
        }
    }

    private float[] Rent(long length)
    {
        if (length > Array.MaxLength)
        {
            throw new InvalidOperationException($"DataLoader: a batch of {length} floats does not fit one array; lower BatchSize.");
        }

        while (_pool.TryTake(out var buffer))
        {
            if (buffer.Length == length)
            {
                return buffer;
            }
        }

        return new float[length];
    }

    private void Return(float[] buffer)
    {
        // Enough for every batch in flight plus the one the consumer holds; more would only hold memory.
        if (_pool.Count <= _options.Prefetch + _options.Workers)
        {
            _pool.Add(buffer);
        }
    }

    /// <summary>The shared state of one epoch: result slots, the prefetch window and the first failure.</summary>
    private sealed class EpochRun : IDisposable
    {
        private readonly object _gate = new();
        private readonly int _prefetch;
        private readonly CancellationTokenSource _stop;
        private readonly CancellationTokenRegistration _wake;
        private int _next;
        private int _consumed;

        public EpochRun(int batches, int prefetch, CancellationToken token)
        {
            _prefetch = prefetch;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(token);
            _wake = _stop.Token.Register(() =>
            {
                lock (_gate)
                {
                    Monitor.PulseAll(_gate);
                }
            });
            Slots = new TaskCompletionSource<TensorBatch>[batches];
            for (int b = 0; b < batches; b++)
            {
                Slots[b] = new TaskCompletionSource<TensorBatch>(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        public TaskCompletionSource<TensorBatch>[] Slots { get; }

        public CancellationToken Token => _stop.Token;

        public ExceptionDispatchInfo? Failure { get; private set; }

        public bool TryTake(out int batch)
        {
            lock (_gate)
            {
                while (_next < Slots.Length && _next >= _consumed + _prefetch && !_stop.IsCancellationRequested)
                {
                    Monitor.Wait(_gate);
                }

                batch = _next;
                if (_stop.IsCancellationRequested || _next >= Slots.Length)
                {
                    return false;
                }

                _next++;
                return true;
            }
        }

        public void Consumed(int count)
        {
            lock (_gate)
            {
                _consumed = count;
                Monitor.PulseAll(_gate);
            }
        }

        public bool WasHandedOut(TaskCompletionSource<TensorBatch> slot)
        {
            lock (_gate)
            {
                return Array.IndexOf(Slots, slot) < _consumed;
            }
        }

        public void Fail(Exception e)
        {
            lock (_gate)
            {
                Failure ??= ExceptionDispatchInfo.Capture(e);
            }

            // Every batch not yet handed out now reports the failure, so the consumer never waits on one nobody builds.
            foreach (var slot in Slots)
            {
                slot.TrySetException(e);
            }

            _stop.Cancel();
        }

        public void Stop()
        {
            _stop.Cancel();
            _wake.Dispose();
        }

        // Only once every worker has returned: they read the token until then.
        public void Dispose() => _stop.Dispose();
    }
}
