using System.Security.Claims;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace DirectPayments.Web.Tests.Security;

public sealed class CaseAuthorizationHandlerTests
{
    private const string Citizen = "citizen-1";
    private const string OtherCitizen = "citizen-2";
    private const string Manager = "manager-1";
    private const string OtherManager = "manager-2";

    private static CareCase NewCase()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, Citizen, new DateOnly(2026, 11, 22));
        careCase.Allocate(Manager, new DateOnly(2026, 11, 22));
        return careCase;
    }

    private static ClaimsPrincipal User(string id, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Role, role)], "test"));

    private static async Task<bool> Allowed(ClaimsPrincipal user, OperationAuthorizationRequirement operation, CareCase careCase)
    {
        var context = new AuthorizationHandlerContext([operation], user, careCase);
        await new CaseAuthorizationHandler(new CaseAccess()).HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task A_citizen_can_see_their_own_case()
    {
        Assert.True(await Allowed(User(Citizen, Roles.Citizen), CaseOperations.View, NewCase()));
    }

    [Fact]
    public async Task A_citizen_cannot_see_another_persons_case()
    {
        Assert.False(await Allowed(User(OtherCitizen, Roles.Citizen), CaseOperations.View, NewCase()));
    }

    [Fact]
    public async Task A_nominated_person_can_act_for_the_person()
    {
        var careCase = NewCase();
        careCase.AddMember(OtherCitizen, CaseMemberRole.NominatedPerson);

        Assert.True(await Allowed(User(OtherCitizen, Roles.Citizen), CaseOperations.ActAsPerson, careCase));
    }

    [Fact]
    public async Task A_citizen_cannot_manage_even_their_own_case()
    {
        Assert.False(await Allowed(User(Citizen, Roles.Citizen), CaseOperations.Manage, NewCase()));
    }

    [Fact]
    public async Task The_allocated_case_manager_can_manage_the_case()
    {
        Assert.True(await Allowed(User(Manager, Roles.CaseManager), CaseOperations.Manage, NewCase()));
    }

    [Fact]
    public async Task Another_case_manager_cannot_see_a_case_outside_their_caseload()
    {
        Assert.False(await Allowed(User(OtherManager, Roles.CaseManager), CaseOperations.View, NewCase()));
    }

    [Fact]
    public async Task A_case_manager_cannot_act_as_the_person()
    {
        Assert.False(await Allowed(User(Manager, Roles.CaseManager), CaseOperations.ActAsPerson, NewCase()));
    }

    [Fact]
    public async Task A_reviewer_can_see_and_review_any_case()
    {
        var reviewer = User("reviewer-1", Roles.Reviewer);

        Assert.True(await Allowed(reviewer, CaseOperations.View, NewCase()));
        Assert.True(await Allowed(reviewer, CaseOperations.Review, NewCase()));
    }

    [Fact]
    public async Task A_reviewer_cannot_manage_a_case()
    {
        Assert.False(await Allowed(User("reviewer-1", Roles.Reviewer), CaseOperations.Manage, NewCase()));
    }

    [Fact]
    public async Task Only_an_administrator_can_allocate_a_case()
    {
        Assert.True(await Allowed(User("admin-1", Roles.Administrator), CaseOperations.Allocate, NewCase()));
        Assert.False(await Allowed(User(Manager, Roles.CaseManager), CaseOperations.Allocate, NewCase()));
    }

    [Fact]
    public async Task Someone_not_signed_in_can_do_nothing()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.False(await Allowed(anonymous, CaseOperations.View, NewCase()));
    }
}
