using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Evidence;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Jobs;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Application.Common;

/// <summary>
/// The one place where every status, type and kind the domain names in code has its name in words, as a council's
/// staff and the people it supports read it: pages, letters and the case history all take their names from here (a
/// page may say more around them, as "You are their nominated person" does). A value with no name here is a defect:
/// a test asks every value of every enum people may see for its name.
/// </summary>
public static class DisplayNames
{
    /// <summary>
    /// Enums that never reach a person as a name: how the code works (a command's result, what a person may do to a
    /// case, which way to round, where a run's period falls), or choices each page words for itself (a question of
    /// the application, what an administrator does to an account).
    /// </summary>
    public static IReadOnlySet<Type> NeverShown { get; } = new HashSet<Type>
    {
        typeof(CommandStatus), typeof(CaseOperation), typeof(RoundingDirection), typeof(RunTiming),
        typeof(Citizen.Applications.ApplyQuestion), typeof(Account.AccountProblemKind),
        typeof(Administration.Approvals.ApprovalItemKind), typeof(Administration.StaffAccounts.StaffAccountAction),
    };

    /// <summary>The name of <paramref name="value"/> in words.</summary>
    /// <exception cref="KeyNotFoundException">The value has no name yet (a test finds every one first).</exception>
    public static string Of(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Names.TryGetValue(value, out var name) ? name
            : throw new KeyNotFoundException($"{value.GetType().Name}.{value} has no name in words: add one to {nameof(DisplayNames)}.");
    }

    /// <summary>Whether <paramref name="value"/> has a name in words.</summary>
    public static bool Has(Enum value) => Names.ContainsKey(value);

    /// <summary>
    /// A value of <paramref name="type"/> written as the code writes it ("PlanToAgree"), in words; null when it is not
    /// one of its values (or the type is not an enum).
    /// </summary>
    public static string? OfName(Type type, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        var enumType = Nullable.GetUnderlyingType(type) ?? type;
        // By name only: a number is not a value's name, though Enum.TryParse would take it for one.
        return enumType.IsEnum && Enum.GetNames(enumType).Contains(name, StringComparer.Ordinal) && Enum.Parse(enumType, name) is Enum known && Has(known)
            ? Of(known)
            : null;
    }

    private static readonly Dictionary<Enum, string> Names = new()
    {
        // Cases
        [CaseStage.NewRequest] = "New request",
        [CaseStage.AssessmentDue] = "Assessment due",
        [CaseStage.FinancialAssessmentToVerify] = "Financial assessment to verify",
        [CaseStage.PlanToAgree] = "Plan to agree",
        [CaseStage.Active] = "Active",
        [CaseStage.ReviewDue] = "Review due",
        [CaseStage.Closed] = "Closed",
        [RequestType.Self] = "The person, for themselves",
        [RequestType.Carer] = "A carer, for their own support",
        [RequestType.ParentOfDisabledChild] = "A parent, for their disabled child",
        [RequestType.OnBehalfOf] = "Someone else, on the person's behalf",
        [AuthorityToAct.TheyAgree] = "The person knows and agrees",
        [AuthorityToAct.LastingPowerOfAttorney] = "A lasting power of attorney",
        [AuthorityToAct.CourtDeputy] = "A deputy appointed by the Court of Protection",
        [AuthorityToAct.ParentalResponsibility] = "Parental responsibility",
        [AuthorityToAct.NoneYet] = "No legal authority yet: the person cannot decide for themselves",
        [ContactMethod.Letter] = "Letter",
        [ContactMethod.Email] = "Email",
        [ContactMethod.Phone] = "Phone call",
        [ContactMethod.TextMessage] = "Text message",
        [InformationFormat.LargePrint] = "Large print",
        [CaseManagement.Cases.SearchScope.MyCaseload] = "Your caseload",
        [CaseManagement.Cases.SearchScope.EveryCase] = "Every case",
        [CaseManagement.Cases.WaitingOn.CaseManager] = "The case manager",
        [CaseManagement.Cases.WaitingOn.Manager] = "A manager",
        [CaseManagement.Cases.WaitingOn.ThePerson] = "The person, or whoever acts for them",
        [CaseManagement.Cases.WaitingOn.SomeoneInvited] = "Someone invited to act for them",
        [CaseManagement.Cases.WaitingOn.Reviewer] = "A reviewer",
        [Administration.Approvals.ApprovalSort.AskedOn] = "Asked for",
        [Administration.Approvals.ApprovalSort.Name] = "Person",
        [Administration.Approvals.ApprovalSort.Cost] = "Yearly cost",
        [Payments.Runs.PaymentRunSort.Period] = "Period",
        [Payments.Runs.PaymentRunSort.Payments] = "Payments",
        [Payments.Runs.PaymentRunSort.Total] = "Control total",
        [Review.Queue.ReviewQueueSort.Urgency] = "Why",
        [Review.Queue.ReviewQueueSort.Name] = "Person",
        [Review.Queue.ReviewQueueSort.Due] = "Due",
        [CaseManagement.Cases.CaseloadSort.Waiting] = "Days waiting",
        [CaseManagement.Cases.CaseloadSort.Name] = "Name",
        [CaseManagement.Cases.CaseloadSort.Reference] = "Reference",
        [CaseManagement.Cases.CaseloadSort.Stage] = "Stage",
        [Paper.PrintSize.Standard] = "Standard print",
        [Paper.PrintSize.Large] = "Large print",
        [InformationFormat.EasyRead] = "Easy read",
        [InformationFormat.Braille] = "Braille",
        [InformationFormat.Audio] = "Audio recording",
        [InformationFormat.BritishSignLanguageVideo] = "British Sign Language video",
        [CommunicationSupport.BritishSignLanguageInterpreter] = "British Sign Language interpreter",
        [CommunicationSupport.DeafblindInterpreter] = "Deafblind interpreter",
        [CommunicationSupport.Lipspeaker] = "Lipspeaker",
        [CommunicationSupport.SpokenLanguageInterpreter] = "Interpreter for another language",
        [CommunicationSupport.HearingLoop] = "Hearing loop",
        [CommunicationSupport.Advocate] = "An advocate or someone they know with them",
        [CaseMemberRole.Subject] = "The person",
        [CaseMemberRole.Applicant] = "Asked for the assessment",
        [CaseMemberRole.NominatedPerson] = "Nominated person",
        [CaseMemberRole.AuthorisedPerson] = "Authorised person",
        [NominationStatus.Waiting] = "Waiting",
        [NominationStatus.Accepted] = "Accepted",
        [NominationStatus.Declined] = "Declined",
        [NominationStatus.Withdrawn] = "Withdrawn",
        [InvitationStatus.Waiting] = "Waiting",
        [InvitationStatus.Accepted] = "Accepted",
        [InvitationStatus.Declined] = "Declined",
        [InvitationStatus.Withdrawn] = "Withdrawn",

        // Needs (the Care and Support (Eligibility Criteria) Regulations 2015, reg 2(2))
        [EligibilityOutcome.ManagingNutrition] = "Preparing food and drink, and eating",
        [EligibilityOutcome.PersonalHygiene] = "Washing and personal hygiene",
        [EligibilityOutcome.ToiletNeeds] = "Using the toilet",
        [EligibilityOutcome.BeingAppropriatelyClothed] = "Getting dressed",
        [EligibilityOutcome.UsingTheHomeSafely] = "Moving around the home safely",
        [EligibilityOutcome.HabitableHome] = "Keeping the home clean and safe",
        [EligibilityOutcome.Relationships] = "Keeping in touch with family and friends",
        [EligibilityOutcome.WorkTrainingEducationVolunteering] = "Work, training, education or volunteering",
        [EligibilityOutcome.UsingCommunityFacilities] = "Using local services, shops and public transport",
        [EligibilityOutcome.CaringForAChild] = "Looking after a child",
        [EligibilityOutcome.CaringForOthers] = "Caring for other people",
        [EligibilityOutcome.RecreationalActivities] = "Having time for hobbies and activities",

        // Support plans and budgets
        [SupportCategory.PersonalAssistant] = "Personal assistant",
        [SupportCategory.AgencyCare] = "Care from an agency",
        [SupportCategory.DayActivities] = "Day activities",
        [SupportCategory.RespiteOrShortBreaks] = "Respite or short breaks",
        [SupportCategory.Equipment] = "Equipment",
        [SupportCategory.Membership] = "A membership",
        [SupportCategory.Transport] = "Transport",
        [SupportCategory.Other] = "Something else",
        [SupportPlanStatus.Draft] = "Draft",
        [SupportPlanStatus.Proposed] = "Waiting for the person to agree",
        [SupportPlanStatus.Agreed] = "Agreed",
        [SupportPlanStatus.Active] = "Active",
        [SupportPlanStatus.Ended] = "Ended",
        [SupportPlanStatus.Superseded] = "Replaced by a later version",
        [DeliveryOption.DirectPayment] = "Direct payment",
        [DeliveryOption.CouncilManaged] = "Arranged by the council",
        [BudgetDelivery.DirectPayment] = "All as a direct payment",
        [BudgetDelivery.CouncilManaged] = "All arranged by the council",
        [BudgetDelivery.Mixed] = "Partly a direct payment, partly arranged by the council",
        [Restriction.None] = "None",
        [Restriction.NhsService] = "An NHS service",
        [Restriction.HouseholdBills] = "Household bills",
        [Restriction.LongTermCareHome] = "A long stay in a care home",
        [Restriction.RelativeInSameHousehold] = "A relative living in the same household",
        [Frequency.Weekly] = "Weekly",
        [Frequency.FourWeekly] = "Every 4 weeks",
        [Frequency.Monthly] = "Monthly",
        [Frequency.Annual] = "Yearly",
        [PersonalBudgetKind.Indicative] = "Indicative",
        [PersonalBudgetKind.Final] = "Final",
        [ApprovalStatus.Approved] = "Approved",
        [ApprovalStatus.AwaitingApproval] = "Waiting for a manager to approve",
        [ApprovalStatus.SentBack] = "Sent back",
        [OneOffPaymentStatus.AwaitingApproval] = "Waiting for a manager to approve",
        [OneOffPaymentStatus.SentBack] = "Sent back",
        [OneOffPaymentStatus.Approved] = "Approved: to be paid",
        [OneOffPaymentStatus.Paid] = "Paid",
        [OneOffPaymentStatus.Cancelled] = "Cancelled",

        // Financial assessments and charging
        [FinancialAssessmentKind.Full] = "Full assessment",
        [FinancialAssessmentKind.LightTouch] = "Light-touch assessment",
        [FinancialAssessmentKind.FullCostDecision] = "Full-cost decision",
        [FinancialAssessmentKind.Declined] = "Declined to disclose",
        [FinancialAssessmentKind.Uprating] = "Uprating",
        [FinancialAssessmentStatus.Submitted] = "Submitted",
        [FinancialAssessmentStatus.Verified] = "Verified",
        [FinancialAssessmentStatus.Superseded] = "Replaced by a later version",
        [FullCostReason.None] = "Not at full cost",
        [FullCostReason.CapitalAboveUpperLimit] = "Capital above the upper limit",
        [FullCostReason.DeclinedToDisclose] = "Declined to tell us about their finances",
        [IncomeType.Earnings] = "Earnings from work",
        [IncomeType.StatePension] = "State Pension",
        [IncomeType.OccupationalPension] = "Occupational pension",
        [IncomeType.PrivatePension] = "Private pension",
        [IncomeType.PensionCredit] = "Pension Credit",
        [IncomeType.PensionCreditGuarantee] = "Pension Credit: guarantee credit",
        [IncomeType.PensionCreditSavingsCredit] = "Pension Credit: savings credit",
        [IncomeType.UniversalCredit] = "Universal Credit",
        [IncomeType.EmploymentAndSupportAllowance] = "Employment and Support Allowance",
        [IncomeType.IncomeSupport] = "Income Support",
        [IncomeType.JobseekersAllowance] = "Jobseeker's Allowance",
        [IncomeType.CarersAllowance] = "Carer's Allowance",
        [IncomeType.AttendanceAllowance] = "Attendance Allowance",
        [IncomeType.ConstantAttendanceAllowance] = "Constant Attendance Allowance (with a war or industrial injuries pension)",
        [IncomeType.DlaCare] = "Disability Living Allowance, care component",
        [IncomeType.DlaMobility] = "Disability Living Allowance, mobility component",
        [IncomeType.PipDailyLiving] = "Personal Independence Payment, daily living",
        [IncomeType.PipMobility] = "Personal Independence Payment, mobility",
        [IncomeType.HousingBenefit] = "Housing Benefit",
        [IncomeType.UniversalCreditHousingElement] = "Universal Credit housing element",
        [IncomeType.CouncilTaxReduction] = "Council Tax Reduction",
        [IncomeType.ChildBenefit] = "Child Benefit",
        [IncomeType.ChildTaxCredit] = "Child Tax Credit",
        [IncomeType.WarPension] = "War pension",
        [IncomeType.ArmedForcesGuaranteedIncomePayment] = "Armed Forces Guaranteed Income Payment",
        [IncomeType.WarWidowsPension] = "War widow's or widower's pension",
        [IncomeType.SurvivorsGuaranteedIncomePayment] = "Survivor's Guaranteed Income Payment (Armed Forces Compensation Scheme)",
        [IncomeType.Other] = "Other income",
        [HousingCostType.Rent] = "Rent",
        [HousingCostType.Mortgage] = "Mortgage",
        [HousingCostType.CouncilTax] = "Council Tax",
        [HousingCostType.ServiceCharge] = "Service charge",
        [HousingCostType.GroundRent] = "Ground rent",
        [CapitalType.Savings] = "Savings and bank accounts",
        [CapitalType.Investments] = "Shares, bonds and investments",
        [CapitalType.Property] = "Property or land (not their home)",
        [CapitalType.MainHome] = "The home they live in",
        [CapitalType.Other] = "Other capital",
        [CapitalType.PersonalPossessions] = "Personal possessions, such as furniture, jewellery or a car",
        [CapitalType.LifeInsuranceSurrenderValue] = "Life insurance (its surrender value)",
        [CapitalType.PersonalInjuryTrust] = "Personal injury compensation, or a trust holding it",
        [DisabilityRelatedExpenditureType.Laundry] = "Extra laundry",
        [DisabilityRelatedExpenditureType.Heating] = "Extra heating",
        [DisabilityRelatedExpenditureType.SpecialDiet] = "Special diet",
        [DisabilityRelatedExpenditureType.CommunityAlarm] = "Community alarm",
        [DisabilityRelatedExpenditureType.Equipment] = "Equipment",
        [DisabilityRelatedExpenditureType.Transport] = "Transport",
        [DisabilityRelatedExpenditureType.Cleaning] = "Cleaning",
        [DisabilityRelatedExpenditureType.Gardening] = "Gardening",
        [DisabilityRelatedExpenditureType.Other] = "Other costs, with evidence",
        [RateStatus.Confirmed] = "Confirmed",
        [RateStatus.Derived] = "Worked out from other rates",
        [RateStatus.Unconfirmed] = "Not confirmed yet",
        [RateKey.LowerCapitalLimit] = "Lower capital limit",
        [RateKey.UpperCapitalLimit] = "Upper capital limit",
        [RateKey.TariffStep] = "Tariff income: each band of capital",
        [RateKey.TariffPerStep] = "Tariff income: a week for each band or part",
        [RateKey.MigSingle18To24] = "MIG: single, 18 to 24",
        [RateKey.MigSingle25ToPensionCreditAge] = "MIG: single, 25 to pension credit age",
        [RateKey.MigSinglePensionCreditAge] = "MIG: single, pension credit age",
        [RateKey.MigLoneParent18Plus] = "MIG: lone parent, 18 or over",
        [RateKey.MigCouple18PlusEach] = "MIG: each member of a couple, 18 or over",
        [RateKey.MigCouplePensionCreditAgeEach] = "MIG: each member of a couple, pension credit age",
        [RateKey.DisabilityPremiumSingle] = "Disability premium, single",
        [RateKey.EnhancedDisabilityPremiumSingle] = "Enhanced disability premium, single",
        [RateKey.DisabilityPremiumCouple] = "Disability premium, each member of a couple",
        [RateKey.EnhancedDisabilityPremiumCouple] = "Enhanced disability premium, each member of a couple",
        [RateKey.CarerPremium] = "Carer premium",
        [RateKey.PerDependentChild] = "Each dependent child",
        [RateKey.SavingsCreditDisregardSingle] = "Savings credit disregard: most for a single person",
        [RateKey.SavingsCreditDisregardCouple] = "Savings credit disregard: most for a member of a couple",
        [RateKey.WarWidowsPensionDisregard] = "War widow's pension and survivor's GIP: amount disregarded",
        [RateKey.AttendanceAllowanceHigherRate] = "Attendance Allowance: higher rate",
        [RateKey.AttendanceAllowanceLowerRate] = "Attendance Allowance: lower rate",
        [RateKey.DlaCareHighestRate] = "DLA care component: highest rate",
        [RateKey.DlaCareMiddleRate] = "DLA care component: middle rate",
        [RateKey.PipDailyLivingEnhancedRate] = "PIP daily living: enhanced rate",
        [RateKey.PipDailyLivingStandardRate] = "PIP daily living: standard rate",
        [OneOffContributionPolicy.ChargeOneWeek] = "One week's assessed contribution",
        [OneOffContributionPolicy.DoNotCharge] = "Not charged",
        [OneOffContributionPolicy.NothingWhenRegularServicesUseContribution] = "Nothing when the weekly contribution already pays for regular support; otherwise one week's",
        [DirectPaymentBasis.Net] = "Net: the council pays the budget less the contribution",
        [DirectPaymentBasis.Gross] = "Gross: the council pays the whole budget and collects the contribution",
        [SurplusThresholdBasis.NetDirectPayment] = "Net direct payment",
        [SurplusThresholdBasis.PersonalBudget] = "Personal budget",
        [UpperLimitRule.Exceeds] = "Capital exceeds the upper limit",
        [UpperLimitRule.AtOrAbove] = "Capital is at or above the upper limit",
        [RoundingRule.AdultsFavour] = "In the person's favour: income down, allowances up",
        [RoundingRule.HalfUp] = "Half a penny or more rounded up",

        // Direct payments and their accounts
        [DirectPaymentStatus.Active] = "Being paid",
        [DirectPaymentStatus.Suspended] = "Suspended",
        [DirectPaymentStatus.Ended] = "Ended",
        [DirectPaymentChangeKind.Started] = "Started",
        [DirectPaymentChangeKind.PlanRevised] = "Support plan revised",
        [DirectPaymentChangeKind.Reassessed] = "Contribution reassessed",
        [DirectPaymentChangeKind.Uprated] = "New year's rates",
        [DirectPaymentChangeKind.Suspended] = "Suspended",
        [DirectPaymentChangeKind.Resumed] = "Resumed",
        [DirectPaymentChangeKind.Ended] = "Ended",
        [EndReason.Died] = "The person died",
        [EndReason.MovedToAnotherCouncil] = "Moved to another council",
        [EndReason.PersonsChoice] = "The person asked to end it",
        [EndReason.CouncilDecision] = "The council decided to end it",
        [PaymentKind.Regular] = "Regular payment",
        [PaymentKind.OneOff] = "One-off payment",
        [Recipient.ThePerson] = "The person",
        [Recipient.NominatedPerson] = "Their nominated person",
        [Recipient.AuthorisedPerson] = "Their authorised person",
        [Recipient.Carer] = "Their carer",
        [Recipient.ParentOfDisabledChild] = "The parent of a disabled child",
        [AccountType.PrepaidCard] = "Prepaid card",
        [AccountType.BankAccount] = "Bank account",
        [TransactionKind.CouncilPayment] = "Council payment",
        [TransactionKind.Contribution] = "Contribution",
        [TransactionKind.Spend] = "Spending",
        [TransactionKind.Refund] = "Refund",
        [TransactionKind.Recovery] = "Taken back by the council",
        [TransactionSource.PaymentRun] = "Payment run",
        [TransactionSource.StatementImport] = "Card statement",
        [SpendCategory.PersonalAssistantWages] = "Personal assistant wages",
        [SpendCategory.HmrcPayments] = "Tax and National Insurance (HMRC)",
        [SpendCategory.AgencyCare] = "Care from an agency",
        [SpendCategory.DayActivities] = "Day activities",
        [SpendCategory.RespiteOrShortBreaks] = "Respite and short breaks",
        [SpendCategory.Equipment] = "Equipment",
        [SpendCategory.Transport] = "Transport",
        [SpendCategory.Membership] = "Memberships",
        [SpendCategory.Fees] = "Fees and insurance",
        [SpendCategory.Other] = "Other",
        [SpendConcern.None] = "None",
        [SpendConcern.CashWithdrawal] = "Cash withdrawal",
        [SpendConcern.Gambling] = "Gambling",
        [SpendConcern.Alcohol] = "Alcohol",
        [SpendConcern.HouseholdBills] = "Household bills",
        [SpendConcern.UnknownMerchant] = "Unknown shop or business",
        [FlagReason.Concern] = "A kind of spending to ask about",
        [FlagReason.LargeSpend] = "Large payment",
        [FlagReason.NoReceipt] = "No receipt",
        [EvidencePurpose.FinancialAssessment] = "For the financial assessment",
        [EvidencePurpose.Receipt] = "A receipt",
        [EvidencePurpose.Statement] = "A statement",
        [EvidencePurpose.Other] = "Something else",

        // Reviews
        [ReviewTrigger.Scheduled] = "Scheduled review",
        [ReviewTrigger.Concern] = "Review after a concern",
        [ReviewTrigger.Flag] = "Review of flagged spending",
        [ReviewTrigger.Final] = "Final review",
        [ReviewStatus.Open] = "Open",
        [ReviewStatus.AwaitingResponse] = "Waiting for the person's answer",
        [ReviewStatus.Completed] = "Completed",
        [ReviewOutcome.Satisfactory] = "Spending matches the plan",
        [ReviewOutcome.RecoverSurplus] = "Surplus to be recovered",
        [ReviewOutcome.RecordsRequested] = "Records asked for",
        [ReviewOutcome.ChangePlan] = "Support plan to change",
        [ReviewOutcome.Suspend] = "Direct payment suspended",
        [ReviewOutcome.End] = "Direct payment ended",
        [SpendVerdict.Accepted] = "Accepted",
        [SpendVerdict.Queried] = "Queried",
        [ReviewUrgency.NotYetDue] = "Not due yet",
        [ReviewUrgency.DueSoon] = "Due soon",
        [ReviewUrgency.Overdue] = "Overdue",
        [RecoveryMethod.Invoice] = "An invoice",
        [RecoveryMethod.ReduceNextPayments] = "Taken from the next payments",

        // Letters and jobs
        [NoticeKind.ContributionChanged] = "Contribution changed",
        [NoticeKind.PlanProposed] = "Support plan proposed",
        [NoticeKind.PlanAgreed] = "Support plan agreed",
        [NoticeKind.PaymentStarted] = "Direct payment started",
        [NoticeKind.PaymentChanged] = "Direct payment changed",
        [NoticeKind.EvidenceRequested] = "Evidence asked for",
        [NoticeKind.ReviewDue] = "Review due",
        [NoticeKind.ReviewOutcome] = "Review outcome",
        [NoticeKind.General] = "Letter",
        [JobKind.PaymentRun] = "Payment run",
        [JobKind.StatementImport] = "Card statement import",
        [JobKind.Uprating] = "New year's rates",
        [JobStatus.Queued] = "Waiting to start",
        [JobStatus.Running] = "In progress",
        [JobStatus.Succeeded] = "Done",
        [JobStatus.Failed] = "Not done",
    };
}
