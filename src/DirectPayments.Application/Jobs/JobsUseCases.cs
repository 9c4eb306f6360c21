using DirectPayments.Application.Administration.Uprating;
using DirectPayments.Application.Common;
using DirectPayments.Application.Payments.Runs;
using DirectPayments.Application.Payments.Statements;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.Jobs;

/// <summary>Background jobs: the queue, the runner, each kind's work, and the job's page.</summary>
public static class JobsUseCases
{
    public static IServiceCollection AddJobsUseCases(this IServiceCollection services)
    {
        services.AddScoped<ActingUser>();
        services.AddScoped<QueueJob>();
        services.AddScoped<JobRunner>();
        services.AddScoped<JobPages>();
        services.AddScoped<IJobWork, PaymentRunJob>();
        services.AddScoped<IJobWork, StatementImportJob>();
        services.AddScoped<IJobWork, UpratingJob>();
        return services;
    }
}
