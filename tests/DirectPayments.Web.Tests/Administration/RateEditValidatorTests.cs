using System.Globalization;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Components;
using DirectPayments.Web.Features.Administration;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace DirectPayments.Web.Tests.Administration;

public sealed class RateEditValidatorTests
{
    private static RateEditViewModel Valid() => new() { Amount = Money.FromPounds(112.50m), Status = "Confirmed", Source = "LAC(DHSC)(2025)1" };

    private static IEnumerable<string> Errors(RateEditViewModel model) =>
        new RateEditValidator().Validate(model).Errors.Select(e => e.ErrorMessage);

    [Fact]
    public void A_complete_rate_is_valid() => Assert.Empty(Errors(Valid()));

    [Fact]
    public async Task An_amount_with_a_pound_sign_and_commas_is_accepted()
    {
        var model = Valid();
        model.Amount = await Typed("£23,250.00");

        Assert.Equal(Money.FromPounds(23_250m), model.Amount);
        Assert.Empty(Errors(model));
    }

    // The amount as the form binds what was typed in the box.
    private static async Task<Money?> Typed(string text)
    {
        var metadata = new EmptyModelMetadataProvider().GetMetadataForProperty(typeof(RateEditViewModel), nameof(RateEditViewModel.Amount));
        var values = new QueryStringValueProvider(
            BindingSource.Form, new QueryCollection(new Dictionary<string, StringValues> { [nameof(RateEditViewModel.Amount)] = text }), CultureInfo.InvariantCulture);
        var context = DefaultModelBindingContext.CreateBindingContext(
            new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor()), values, metadata, null, nameof(RateEditViewModel.Amount));
        await new MoneyModelBinder().BindModelAsync(context);
        Assert.True(context.Result.IsModelSet);
        return (Money?)context.Result.Model;
    }

    [Fact]
    public void A_tariff_step_of_nothing_is_refused()
    {
        var model = Valid();
        model.Key = RateKey.TariffStep;
        model.Amount = Money.Zero;
        model.YearRates = Year2025;

        Assert.Equal(["Amount must be more than £0.00: tariff income is £1 a week for each band of capital, so a band cannot be nothing"], Errors(model));
    }

    [Fact]
    public void An_upper_capital_limit_below_the_lower_is_refused()
    {
        var model = Valid();
        model.Key = RateKey.UpperCapitalLimit;
        model.Amount = Money.FromPounds(1m);
        model.YearRates = Year2025;

        Assert.Equal(["Amount must be at least the lower capital limit for the year, £14,250.00"], Errors(model));
    }

    [Fact]
    public void A_rate_of_a_billion_pounds_is_refused()
    {
        var model = Valid();
        model.Key = RateKey.TariffStep;
        model.Amount = Money.FromPounds(1_000_000_000m);
        model.YearRates = Year2025;

        Assert.Equal(["Amount must be £1,000,000 or less"], Errors(model));
    }

    private static readonly IReadOnlyDictionary<RateKey, Money> Year2025 = new Dictionary<RateKey, Money>
    {
        [RateKey.LowerCapitalLimit] = Money.FromPounds(14_250m),
        [RateKey.UpperCapitalLimit] = Money.FromPounds(23_250m),
        [RateKey.TariffStep] = Money.FromPounds(250m),
    };

    [Fact]
    public void A_missing_status_asks_for_one()
    {
        var model = Valid();
        model.Status = null;

        Assert.Equal(["Select how sure you are of this figure"], Errors(model));
    }

    [Fact]
    public void A_status_that_is_not_one_of_the_choices_is_refused()
    {
        var model = Valid();
        model.Status = "Confirmed,Derived";

        Assert.Equal(["Select how sure you are of this figure"], Errors(model));
    }

    [Fact]
    public void A_rate_needs_its_source()
    {
        var model = Valid();
        model.Source = " ";

        Assert.Equal(["Enter where this figure comes from, for example the DHSC circular"], Errors(model));
    }
}

public sealed class PolicyEditValidatorTests
{
    private static PolicyEditViewModel Valid() => new()
    {
        ChargePercent = "100",
        MinimumWeeklyCharge = Money.Zero,
        Rounding = "AdultsFavour",
        UpperLimitRule = "Exceeds",
        StandardDisabilityRelatedExpenditure = Money.FromPounds(10.85m),
        MigUpliftPercent = "0",
        MigUpliftAmount = Money.FromPounds(5.00m),
        CoupleHousingShare = "0.5",
        DisregardedIncomeTypes = ["ChildBenefit"],
        PartlyDisregardedIncomeTypes = ["PensionCreditSavingsCredit", "WarWidowsPension"],
        DisregardNightCareElement = "false",
        OneOffContributionPolicy = "ChargeOneWeek",
        ChargeCarers = "false",
        ChildrensServicesWeeklyCharge = Money.Zero,
        SurplusThresholdWeeks = "8",
        SurplusThresholdBasis = "NetDirectPayment",
        CaseManagerApprovalLimit = Money.FromPounds(25_000m),
    };

    private static IEnumerable<string> Errors(PolicyEditViewModel model) =>
        new PolicyEditValidator().Validate(model).Errors.Select(e => e.ErrorMessage);

    [Fact]
    public void A_complete_policy_is_valid() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void An_approval_limit_of_nothing_is_refused()
    {
        var model = Valid();
        model.CaseManagerApprovalLimit = Money.Zero;

        Assert.Contains("Case manager's approval limit must be more than £0.00", Errors(model));
    }

    [Fact]
    public void A_charge_for_childrens_services_over_10000_a_week_is_refused()
    {
        var model = Valid();
        model.ChildrensServicesWeeklyCharge = Money.FromPounds(10_000.01m);

        Assert.Equal(["Weekly charge for a disabled child's services must be £10,000 or less"], Errors(model));
    }

    [Fact]
    public void A_charge_percentage_over_100_is_refused()
    {
        var model = Valid();
        model.ChargePercent = "101";

        Assert.Equal(["Percentage of disposable income charged must be a number from 0 to 100"], Errors(model));
    }

    [Fact]
    public void A_housing_share_over_one_is_refused()
    {
        var model = Valid();
        model.CoupleHousingShare = "1.5";

        Assert.Equal(["Share of housing costs must be a number from 0 to 1, like 0.5"], Errors(model));
    }

    [Fact]
    public void An_unknown_income_type_is_refused()
    {
        var model = Valid();
        model.DisregardedIncomeTypes = ["Lottery"];

        Assert.Equal(["Select incomes from the list"], Errors(model));
    }

    [Fact]
    public void The_incomes_the_law_disregards_are_kept_though_the_form_does_not_offer_them()
    {
        var model = Valid();
        model.DisregardedIncomeTypes = ["ChildBenefit"];

        var policy = model.ToChange(new FinancialYear(2025)).Policy;

        Assert.Superset(IncomeDisregards.AlwaysDisregarded.ToHashSet(), policy.DisregardedIncomeTypes.ToHashSet());
    }

    [Fact]
    public void Only_an_income_the_law_disregards_in_part_can_be_partly_disregarded()
    {
        var model = Valid();
        model.PartlyDisregardedIncomeTypes = ["StatePension"];

        Assert.Equal(["Select incomes of which the first part is disregarded from the list"], Errors(model));
    }

    [Fact]
    public void An_income_cannot_be_disregarded_both_wholly_and_in_part()
    {
        var model = Valid();
        model.DisregardedIncomeTypes = ["WarWidowsPension"];

        Assert.Equal(["War widow's or widower's pension cannot be disregarded both wholly and in part: choose one"], Errors(model));
    }

    [Fact]
    public void The_night_care_choice_must_be_answered()
    {
        var model = Valid();
        model.DisregardNightCareElement = null;

        Assert.Equal(["Select yes if you disregard the night-care element when no night care is arranged"], Errors(model));
    }

    [Fact]
    public void Surplus_weeks_must_be_a_whole_number_up_to_a_year()
    {
        var model = Valid();
        model.SurplusThresholdWeeks = "8.5";

        Assert.Equal(["Number of weeks must be a whole number from 0 to 52"], Errors(model));
    }

    [Fact]
    public void A_missing_rounding_rule_asks_for_one()
    {
        var model = Valid();
        model.Rounding = null;

        Assert.Equal(["Select how amounts are rounded"], Errors(model));
    }
}
