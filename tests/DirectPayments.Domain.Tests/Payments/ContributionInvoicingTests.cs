using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Tests.Payments;

public sealed class ContributionInvoicingTests
{
    private static readonly Guid Dp = Guid.CreateVersion7();
    private static readonly Guid Case = Guid.CreateVersion7();

    // £200 a week of care, £35 a week contribution, gross: the council pays £200 and invoices £35.
    private static readonly PaymentTerms Gross = new(Money.FromPounds(200m), Money.FromPounds(35m), DirectPaymentBasis.Gross);
    private static readonly PaymentPeriod November = new(new DateOnly(2026, 11, 16));
    private static readonly PaymentPeriod December = November.Next;
    private static readonly PaymentPeriod January = December.Next;

    private static DirectPaymentTimeline Timeline(PaymentTerms terms, DateOnly start, params DirectPaymentChange[] later) =>
        new([DirectPaymentChange.Start(Dp, Case, terms, start, "Plan agreed", "chris", start), .. later]);

    private static DirectPaymentTimeline Timeline(params DirectPaymentChange[] later) => Timeline(Gross, November.Start, later);

    private static DirectPaymentChange Reassessed(decimal contribution, DateOnly from, DirectPaymentBasis basis = DirectPaymentBasis.Gross) =>
        DirectPaymentChange.NewTerms(Dp, Case, 2, DirectPaymentChangeKind.Reassessed,
            Gross with { WeeklyContribution = Money.FromPounds(contribution), Basis = basis }, from, "Reassessed", "chris", from);

    private static DirectPaymentChange Status(DirectPaymentChangeKind kind, DateOnly from, int number = 2) =>
        DirectPaymentChange.NewStatus(Dp, Case, number, kind, from, "Recorded", "chris", from,
            kind == DirectPaymentChangeKind.Ended ? EndReason.Died : null);

    private static Dictionary<DateOnly, Money> Invoiced(params (PaymentPeriod Period, decimal Amount)[] invoiced) =>
        invoiced.ToDictionary(p => p.Period.Start, p => Money.FromPounds(p.Amount));

    // A gross direct payment's periods are invoiced as they are paid, so unless a fact says otherwise the periods paid are those invoiced.
    private static InvoiceDue? Invoice(DirectPaymentTimeline timeline, PaymentPeriod period, Dictionary<DateOnly, Money>? invoiced = null, params PaymentPeriod[] paid) =>
        ContributionInvoicing.For(
            timeline, period, invoiced ?? [], paid.Length > 0 ? paid.Select(p => p.Start) : (invoiced ?? []).Keys, RoundingRule.AdultsFavour);

    private static DirectPaymentTimeline NetFromNovember(params DirectPaymentChange[] later) =>
        Timeline(Gross with { Basis = DirectPaymentBasis.Net }, November.Start, later);

    [Fact]
    public void A_gross_direct_payment_is_invoiced_its_contribution_for_the_period()
    {
        var invoice = Invoice(Timeline(), December, Invoiced((November, 140m)));

        Assert.Equal(Money.FromPounds(140m), invoice!.Amount);
        Assert.Equal(December.Start, invoice.Due!.From);
        Assert.Equal(December.End, invoice.Due.To);
    }

    [Fact]
    public void A_net_direct_payment_is_never_invoiced()
    {
        var net = Timeline(Gross with { Basis = DirectPaymentBasis.Net }, November.Start);

        Assert.Null(Invoice(net, December, Invoiced((November, 0m))));
        Assert.False(ContributionInvoicing.Invoices(net));
    }

    [Fact]
    public void The_contribution_invoiced_is_never_more_than_the_cost_of_the_care()
    {
        // Care Act s14(4): £50 a week of care cannot be charged £80.
        var timeline = Timeline(new PaymentTerms(Money.FromPounds(50m), Money.FromPounds(80m), DirectPaymentBasis.Gross), November.Start);

        Assert.Equal(Money.FromPounds(200m), Invoice(timeline, December, Invoiced((November, 200m)))!.Amount);
    }

    [Fact]
    public void A_part_week_is_invoiced_by_the_day_and_rounded_down_as_a_charge_is()
    {
        // Started on Wednesday 25 November: the November period's last 19 days at £35.30 a week = £95.8142..., invoiced £95.81.
        var timeline = Timeline(Gross with { WeeklyContribution = Money.FromPounds(35.30m) }, new DateOnly(2026, 11, 25));

        var invoice = Invoice(timeline, November);

        Assert.Equal(Money.FromPounds(95.81m), invoice!.Amount);
        Assert.Equal(new DateOnly(2026, 11, 25), invoice.Due!.From);
    }

    [Fact]
    public void Days_suspended_are_not_invoiced()
    {
        // In hospital from 28 December: 14 of the period's 28 days are invoiced.
        var timeline = Timeline(Status(DirectPaymentChangeKind.Suspended, new DateOnly(2026, 12, 28)));

        Assert.Equal(Money.FromPounds(70m), Invoice(timeline, December, Invoiced((November, 140m)))!.Amount);
    }

    [Fact]
    public void A_period_suspended_throughout_raises_no_invoice()
    {
        var timeline = Timeline(Status(DirectPaymentChangeKind.Suspended, December.Start));

        Assert.Null(Invoice(timeline, January, Invoiced((November, 140m))));
    }

    [Fact]
    public void A_backdated_reassessment_adds_what_earlier_periods_were_invoiced_too_little()
    {
        // Reassessed from 30 November at £49 a week: November's last 14 days were invoiced £70 and are due £98.
        var timeline = Timeline(Reassessed(49m, new DateOnly(2026, 11, 30)));

        var invoice = Invoice(timeline, December, Invoiced((November, 140m)));

        var adjustment = Assert.Single(invoice!.Adjustments);
        Assert.Equal(Money.FromPounds(28m), adjustment.Difference);
        Assert.Equal(Money.FromPounds(196m), invoice.Contribution);
        Assert.Equal(Money.FromPounds(224m), invoice.Amount);
    }

    [Fact]
    public void An_end_after_the_period_was_invoiced_is_a_credit_note_for_the_days_after_it()
    {
        // Died on 23 December, after the period was invoiced in advance: its 18 days from 24 December are credited in full.
        var timeline = Timeline(Status(DirectPaymentChangeKind.Ended, new DateOnly(2026, 12, 24)));

        var invoice = Invoice(timeline, January, Invoiced((November, 140m), (December, 140m)));

        Assert.Null(invoice!.Due);
        Assert.Equal(Money.FromPounds(-90m), invoice.Amount);
        Assert.Contains(invoice.Working, w => w.Contains("too much", StringComparison.Ordinal));
    }

    [Fact]
    public void A_credit_owed_is_given_in_full_not_carried_to_the_next_invoice()
    {
        // Contribution down to £5 from 16 November after two periods at £35: £240 back, more than January's £20.
        var timeline = Timeline(Reassessed(5m, November.Start));

        var invoice = Invoice(timeline, January, Invoiced((November, 140m), (December, 140m)));

        Assert.Equal(Money.FromPounds(20m - 240m), invoice!.Amount);
    }

    [Fact]
    public void A_change_from_net_to_gross_is_invoiced_from_its_day()
    {
        var timeline = Timeline(
            Gross with { Basis = DirectPaymentBasis.Net }, November.Start, Reassessed(35m, new DateOnly(2026, 12, 28)));

        Assert.Equal(Money.FromPounds(70m), Invoice(timeline, December)!.Amount);
    }

    [Fact]
    public void A_change_to_gross_backdated_into_a_period_paid_net_is_invoiced_with_the_next_run()
    {
        // Made gross from 30 November, recorded after November's and December's periods were paid net: November's last
        // 14 days (£70) and December (£140) are invoiced with January's £140, as January's payment adds the contribution
        // they left out.
        var timeline = NetFromNovember(Reassessed(35m, new DateOnly(2026, 11, 30)));

        var invoice = Invoice(timeline, January, invoiced: null, paid: [November, December]);

        Assert.Equal([Money.FromPounds(70m), Money.FromPounds(140m)], invoice!.Adjustments.Select(a => a.Difference));
        Assert.Equal(Money.FromPounds(350m), invoice.Amount);
    }

    [Fact]
    public void A_period_paid_while_net_throughout_is_not_invoiced()
    {
        var timeline = NetFromNovember(Reassessed(35m, December.Start));

        var invoice = Invoice(timeline, December, invoiced: null, paid: November);

        Assert.Empty(invoice!.Adjustments);
        Assert.Equal(Money.FromPounds(140m), invoice.Amount);
    }

    [Fact]
    public void Periods_before_the_portals_first_payment_are_not_invoiced()
    {
        // A council moving to the portal paid and invoiced November and December itself; the portal's first run is January's.
        var timeline = NetFromNovember(Reassessed(35m, November.Start));

        var invoice = Invoice(timeline, January);

        Assert.Empty(invoice!.Adjustments);
        Assert.Equal(Money.FromPounds(140m), invoice.Amount);
    }

    [Fact]
    public void A_period_invoiced_as_it_is_due_is_not_invoiced_again()
    {
        var invoice = Invoice(Timeline(Reassessed(35m, December.Start)), December, Invoiced((November, 140m)));

        Assert.Empty(invoice!.Adjustments);
        Assert.Equal(Money.FromPounds(140m), invoice.Amount);
    }

    [Fact]
    public void An_invoice_settles_only_periods_before_its_own()
    {
        var due = new InvoiceDue(null, [new Adjustment(January, Money.FromPounds(10m), Money.Zero, ["x"])]);

        Assert.Throws<DomainException>(() => new ContributionInvoice(Dp, Case, "DP-1", "Person", December, due));
    }

    [Fact]
    public void An_invoice_records_what_it_settles_against_the_period_settled()
    {
        var timeline = Timeline(Reassessed(49m, new DateOnly(2026, 11, 30)));
        var due = Invoice(timeline, December, Invoiced((November, 140m)))!;

        var invoice = new ContributionInvoice(Dp, Case, "DP-000123", "Pat Example", December, due);

        Assert.Equal("DP-000123-20261214-CON", invoice.Reference);
        var settled = Assert.Single(invoice.Adjustments);
        Assert.Equal(November.Start, settled.PeriodStart);
        Assert.Equal(Money.FromPounds(28m), settled.Amount);
        Assert.False(invoice.IsCreditNote);
    }
}
