using Microsoft.ML;
using Microsoft.ML.Data;
using SharpAugment.Training;

namespace SharpAugment.MLNet;

/// <summary>
/// An ML.NET <see cref="IDataView"/> over a <see cref="DataLoader"/>: each cursor is one freshly augmented epoch (the first
/// cursor reads epoch <c>firstEpoch</c>, the next one the epoch after; rows stay in dataset order, so passes agree), with the image as a float vector column
/// (<c>Features</c>, C x H x W, normalized as the loader's Mean/Std), the class id (<c>Label</c>, Single; map it to a key
/// for multiclass trainers) and the dataset index (<c>Index</c>). ML.NET's image trainers cache features, so this is how
/// LightGbm, SDCA or LbfgsMaximumEntropy see augmented data on every pass.
/// </summary>
public sealed class AugmentedDataView : IDataView
{
    /// <summary>The image column's name.</summary>
    public const string FeaturesColumn = "Features";

    /// <summary>The class id column's name.</summary>
    public const string LabelColumn = "Label";

    /// <summary>The dataset index column's name.</summary>
    public const string IndexColumn = "Index";

    private readonly DataLoader _loader;
    private int _nextEpoch;

    /// <summary>A view of <paramref name="loader"/>; the feature length comes from <see cref="DataLoader.SampleShape"/>.</summary>
    /// <param name="loader">The loader (its batch size only sets how many rows are built together).</param>
    /// <param name="firstEpoch">The epoch the first cursor reads.</param>
    public AugmentedDataView(DataLoader loader, int firstEpoch = 0)
    {
        _loader = loader ?? throw new ArgumentNullException(nameof(loader));
        ArgumentOutOfRangeException.ThrowIfNegative(firstEpoch);
        if (loader.Options.Shuffle)
        {
            // A trainer reads labels and features in separate passes (LightGbm bins, then trains); with another order per
            // epoch they would no longer belong to the same rows.
            throw new ArgumentException(
                "AugmentedDataView: the loader has Shuffle = true, but ML.NET reads a data view several times and expects the same rows in the same order; " +
                "use Shuffle = false (each pass is still a new augmentation; trainers that need it shuffle themselves).", nameof(loader));
        }

        _nextEpoch = firstEpoch;
        var shape = loader.SampleShape();
        FeatureLength = shape[0] * shape[1] * shape[2];
        var builder = new DataViewSchema.Builder();
        builder.AddColumn(FeaturesColumn, new VectorDataViewType(NumberDataViewType.Single, FeatureLength));
        builder.AddColumn(LabelColumn, NumberDataViewType.Single);
        builder.AddColumn(IndexColumn, NumberDataViewType.Int32);
        Schema = builder.ToSchema();
    }

    /// <summary>Floats per row (C x H x W).</summary>
    public int FeatureLength { get; }

    /// <summary>The epoch the next cursor will read.</summary>
    public int NextEpoch => Volatile.Read(ref _nextEpoch);

    /// <inheritdoc/>
    public bool CanShuffle => false;

    /// <inheritdoc/>
    public DataViewSchema Schema { get; }

    /// <summary>The rows of one epoch for this rank (the loader's SamplesPerEpoch, less a dropped last batch).</summary>
    public long? GetRowCount() => Math.Min(_loader.SamplesPerEpoch, (long)_loader.BatchesPerEpoch * _loader.Options.BatchSize);

    /// <summary>A cursor over the next epoch; the loader's order (Shuffle, Seed) decides the row order, so <paramref name="rand"/> is ignored.</summary>
    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null)
    {
        ArgumentNullException.ThrowIfNull(columnsNeeded);
        var active = new bool[Schema.Count];
        foreach (var c in columnsNeeded)
        {
            active[c.Index] = true;
        }

        return new Cursor(this, _loader.ReadEpochAsync(Interlocked.Increment(ref _nextEpoch) - 1), active);
    }

    /// <summary>One cursor: the loader already builds rows on its own workers.</summary>
    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded, rand)];

    private sealed class Cursor(AugmentedDataView view, IAsyncEnumerable<TensorBatch> epoch, bool[] active) : DataViewRowCursor
    {
        private readonly IAsyncEnumerator<TensorBatch> _batches = epoch.GetAsyncEnumerator();
        private TensorBatch? _batch;
        private int _row = -1;
        private long _position = -1;
        private bool _done;

        public override DataViewSchema Schema => view.Schema;

        public override long Position => _position;

        public override long Batch => 0;

        public override bool IsColumnActive(DataViewSchema.Column column) => active[column.Index];

        public override bool MoveNext()
        {
            if (_done)
            {
                return false;
            }

            if (_batch is null || ++_row >= _batch.Count)
            {
                _batch?.Dispose();
                _batch = null;
                if (!_batches.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                {
                    _done = true;
                    return false;
                }

                _batch = _batches.Current;
                _row = 0;
                long length = _batch.Data.Length / _batch.Count;
                if (length != view.FeatureLength)
                {
                    throw new InvalidOperationException(
                        $"AugmentedDataView: a batch has rows of {length} floats but the schema says {view.FeatureLength}; the pipeline must end at one size for every epoch.");
                }
            }

            _position++;
            return true;
        }

        public override ValueGetter<DataViewRowId> GetIdGetter() =>
            (ref DataViewRowId value) => value = new DataViewRowId((ulong)_position, 0);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            if (!active[column.Index])
            {
                throw new InvalidOperationException($"AugmentedDataView: column '{column.Name}' was not requested for this cursor.");
            }

            Delegate getter = column.Name switch
            {
                FeaturesColumn => (ValueGetter<VBuffer<float>>)GetFeatures,
                LabelColumn => (ValueGetter<float>)GetLabel,
                IndexColumn => (ValueGetter<int>)GetIndex,
                _ => throw new ArgumentOutOfRangeException(nameof(column), column.Name, "AugmentedDataView: unknown column."),
            };
            return getter as ValueGetter<TValue>
                ?? throw new InvalidOperationException($"AugmentedDataView: column '{column.Name}' is {column.Type}, not {typeof(TValue).Name}.");
        }

        private TensorBatch Current => _batch ?? throw new InvalidOperationException("AugmentedDataView: the cursor is not on a row; call MoveNext first.");

        private void GetFeatures(ref VBuffer<float> value)
        {
            int n = view.FeatureLength;
            var editor = VBufferEditor.Create(ref value, n);
            Current.Data.AsSpan(_row * n, n).CopyTo(editor.Values);
            value = editor.Commit();
        }

        private void GetLabel(ref float value)
        {
            var b = Current;
            int classes = (int)b.LabelShape[1];
            if (classes == 0)
            {
                value = float.NaN;
                return;
            }

            // The class with the largest weight: the one-hot class, or the dominant one after mixup.
            var row = b.Labels.AsSpan(_row * classes, classes);
            int best = 0;
            for (int c = 1; c < classes; c++)
            {
                best = row[c] > row[best] ? c : best;
            }

            value = best;
        }

        private void GetIndex(ref int value) => value = Current.Indices[_row];

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _batch?.Dispose();
                _batch = null;
                _batches.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            base.Dispose(disposing);
        }
    }
}
