namespace SharpAugment.Training;

/// <summary>
/// A loader worker's thread kept from one epoch to the next (torch's persistent_workers), so the per-thread pixel buffer
/// cache its augmentations recycle into stays warm instead of starting empty every epoch. It runs one job at a time and
/// ends by itself after <see cref="IdleTimeout"/> without work, so a loader needs no Dispose.
/// </summary>
internal sealed class WorkerThread
{
    /// <summary>How long an idle thread waits for the next epoch: enough for a validation pass between epochs.</summary>
    internal static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(30);

    private readonly object _gate = new();
    private readonly string _name;
    private Action? _job;
    private TaskCompletionSource? _done;
    private bool _running;
    private bool _busy;

    /// <summary>A worker slot; its thread starts with the first job.</summary>
    internal WorkerThread(string name) => _name = name;

    /// <summary>Whether the thread is alive now (for tests).</summary>
    internal bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

    /// <summary>Runs <paramref name="job"/> on this slot's thread, or returns null when the thread is busy with another epoch (a second cursor open at once), so the caller starts a thread of its own rather than queueing behind it.</summary>
    internal Task? TryRun(Action job)
    {
        lock (_gate)
        {
            if (_busy)
            {
                return null;
            }

            _busy = true;
            _job = job;
            _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_running)
            {
                Monitor.Pulse(_gate);
            }
            else
            {
                _running = true;
                new Thread(Loop) { IsBackground = true, Name = _name }.Start();
            }

            return _done.Task;
        }
    }

    private void Loop()
    {
        while (true)
        {
            Action job;
            TaskCompletionSource done;
            lock (_gate)
            {
                while (_job is null)
                {
                    if (!Monitor.Wait(_gate, IdleTimeout) && _job is null)
                    {
                        _running = false;
                        return;
                    }
                }

                (job, done) = (_job, _done!);
                _job = null;
            }

            Exception? failure = null;
            try
            {
                job();
            }
            catch (Exception e)
            {
                failure = e;
            }

            // Free before the epoch sees the job end, so the next epoch, started at once, finds this thread idle.
            lock (_gate)
            {
                _busy = false;
            }

            if (failure is null)
            {
                done.SetResult();
            }
            else
            {
                done.SetException(failure);
            }
        }
    }
}
