namespace DirectPayments.Application.Jobs;

/// <summary>Hands a queued job to the scheduler, which runs it on whichever instance is free, once.</summary>
public interface IJobScheduler
{
    /// <summary>Asks for <paramref name="jobId"/> to run now; asking again for a job already handed over does nothing.</summary>
    Task ScheduleAsync(Guid jobId, CancellationToken cancellationToken);
}

/// <summary>Files a job reads, kept where every instance reads them and written with the job itself.</summary>
public interface IJobFiles
{
    /// <summary>Keeps <paramref name="content"/> for <paramref name="jobId"/>, in the unit of work that saves the job.</summary>
    Task KeepAsync(Guid jobId, string fileName, Stream content, CancellationToken cancellationToken);

    /// <summary>The file, to read from the start, or nothing if none is kept.</summary>
    Task<Stream?> OpenAsync(Guid jobId, CancellationToken cancellationToken);

    /// <summary>Removes the file once the job has finished with it, in the transaction it finishes in.</summary>
    Task ForgetAsync(Guid jobId, CancellationToken cancellationToken);
}

/// <summary>Where a job has got to, for its page: done of total, and what it is doing, in words.</summary>
public interface IJobProgress
{
    ValueTask ReportAsync(long done, long? total, string stage, CancellationToken cancellationToken);
}

/// <summary>Progress nobody is watching: work run outside a job (a test, a seed).</summary>
public sealed class NoJobProgress : IJobProgress
{
    public static NoJobProgress Instance { get; } = new();

    public ValueTask ReportAsync(long done, long? total, string stage, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

/// <summary>Makes the progress reporter for one running job.</summary>
public interface IJobProgressFactory
{
    IJobProgress For(Guid jobId);
}
