using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Tests.Cases;

/// <summary>
/// Someone who asks for another person acts for them only with authority: the person's agreement, a legal authority,
/// or a parent's parental responsibility, said when they ask and checked by the case manager before they decide
/// anything or receive the money.
/// </summary>
public sealed class ApplicantAuthorityTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static CareCase AskedFor(RequestType type = RequestType.OnBehalfOf) =>
        type == RequestType.ParentOfDisabledChild
            ? new("Milo Example", new DateOnly(2016, 2, 12), type, "mother", "applicant", Today)
            : new("Joan Example", new DateOnly(1940, 2, 12), type, "daughter", "applicant", Today);

    [Fact]
    public void Someone_who_asked_for_another_may_not_decide_for_them_before_their_authority_is_checked()
    {
        var careCase = AskedFor();
        careCase.ApplicantSays(AuthorityToAct.LastingPowerOfAttorney);

        Assert.False(careCase.MayDecideForThePerson("applicant"));
    }

    [Fact]
    public void Once_checked_they_may_decide_for_the_person()
    {
        var careCase = AskedFor();

        careCase.CheckAuthority(AuthorityToAct.LastingPowerOfAttorney, "LPA for health and welfare, OPG reference 7000-1234-5678, seen", "Chris", Today);

        Assert.True(careCase.MayDecideForThePerson("applicant"));
    }

    [Fact]
    public void The_person_asking_for_themselves_may_decide() =>
        Assert.True(new CareCase("Alex Example", null, RequestType.Self, null, "alex", Today).MayDecideForThePerson("alex"));

    [Fact]
    public void A_carer_decides_about_their_own_support_without_a_check() =>
        Assert.True(AskedFor(RequestType.Carer).MayDecideForThePerson("applicant"));

    [Fact]
    public void Someone_not_on_the_case_may_not_decide() =>
        Assert.False(AskedFor().MayDecideForThePerson("stranger"));

    [Fact]
    public void A_case_waits_for_the_check_until_it_is_done()
    {
        var careCase = AskedFor();
        Assert.True(careCase.AuthorityToCheck);

        careCase.CheckAuthority(AuthorityToAct.TheyAgree, "Spoke to Joan on the phone: she agrees", "Chris", Today);

        Assert.False(careCase.AuthorityToCheck);
    }

    [Fact]
    public void A_parent_acts_for_their_child_with_parental_responsibility() =>
        Assert.Throws<DomainException>(() => AskedFor(RequestType.ParentOfDisabledChild).ApplicantSays(AuthorityToAct.TheyAgree));

    [Fact]
    public void Parental_responsibility_is_not_an_authority_for_an_adult() =>
        Assert.Throws<DomainException>(() => AskedFor().ApplicantSays(AuthorityToAct.ParentalResponsibility));

    [Fact]
    public void No_legal_authority_cannot_be_checked_as_one() =>
        Assert.Throws<DomainException>(() => AskedFor().CheckAuthority(AuthorityToAct.NoneYet, "Nobody has one", "Chris", Today));

    [Fact]
    public void A_check_says_what_the_case_manager_saw() =>
        Assert.Throws<DomainException>(() => AskedFor().CheckAuthority(AuthorityToAct.TheyAgree, " ", "Chris", Today));

    [Fact]
    public void A_case_where_nobody_acts_for_another_has_no_authority_to_check() =>
        Assert.Throws<DomainException>(() => AskedFor(RequestType.Carer).CheckAuthority(AuthorityToAct.TheyAgree, "Agrees", "Chris", Today));

    [Fact]
    public void The_money_is_paid_to_a_parent_only_once_their_parental_responsibility_is_checked()
    {
        var careCase = AskedFor(RequestType.ParentOfDisabledChild);
        Assert.NotNull(careCase.CannotBePaidTo(Recipient.ParentOfDisabledChild));

        careCase.CheckAuthority(AuthorityToAct.ParentalResponsibility, "Birth certificate seen", "Chris", Today);

        Assert.Null(careCase.CannotBePaidTo(Recipient.ParentOfDisabledChild));
    }

    [Fact]
    public void The_money_is_paid_to_an_attorney_as_an_authorised_person_once_the_power_is_checked()
    {
        var careCase = AskedFor();
        Assert.NotNull(careCase.CannotBePaidTo(Recipient.AuthorisedPerson));

        careCase.CheckAuthority(AuthorityToAct.LastingPowerOfAttorney, "LPA for property and financial affairs, registered, seen", "Chris", Today);

        Assert.Null(careCase.CannotBePaidTo(Recipient.AuthorisedPerson));
    }

    [Fact]
    public void The_persons_agreement_alone_does_not_make_someone_an_authorised_person()
    {
        var careCase = AskedFor();

        careCase.CheckAuthority(AuthorityToAct.TheyAgree, "Joan agrees", "Chris", Today);

        Assert.NotNull(careCase.CannotBePaidTo(Recipient.AuthorisedPerson));
    }

    [Fact]
    public void The_money_is_paid_to_a_nominated_person_only_once_one_acts_on_the_case()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "alex", Today);
        Assert.NotNull(careCase.CannotBePaidTo(Recipient.NominatedPerson));

        careCase.AddMember("nominee", CaseMemberRole.NominatedPerson);

        Assert.Null(careCase.CannotBePaidTo(Recipient.NominatedPerson));
    }

    [Fact]
    public void The_money_is_paid_to_a_carer_only_for_their_own_assessment() =>
        Assert.NotNull(AskedFor().CannotBePaidTo(Recipient.Carer));

    [Fact]
    public void A_parent_asks_only_for_a_child_under_18() =>
        Assert.Throws<DomainException>(() => new CareCase("Milo Example", new DateOnly(1970, 3, 1), RequestType.ParentOfDisabledChild, "father", "parent", Today));

    [Fact]
    public void A_child_the_day_before_their_18th_birthday_is_a_child() =>
        Assert.True(CareCase.IsAChildOn(new DateOnly(2008, 11, 23), Today));

    [Fact]
    public void On_their_18th_birthday_they_are_an_adult() =>
        Assert.False(CareCase.IsAChildOn(new DateOnly(2008, 11, 22), Today));

    [Fact]
    public void The_money_is_always_payable_to_the_person() =>
        Assert.Null(AskedFor().CannotBePaidTo(Recipient.ThePerson));
}
