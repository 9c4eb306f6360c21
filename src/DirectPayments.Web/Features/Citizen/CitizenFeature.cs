using DirectPayments.Application.Citizen;

namespace DirectPayments.Web.Features.Citizen;

/// <summary>The citizen's journeys (and those of the people who act for them).</summary>
public static class CitizenFeature
{
    public static IServiceCollection AddCitizenFeature(this IServiceCollection services) =>
        services.AddCitizenUseCases().AddScoped<StatementsOnPaper>();
}
