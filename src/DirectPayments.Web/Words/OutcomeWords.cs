using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;

namespace DirectPayments.Web.Words;

public static class OutcomeWords
{
    public static string Describe(EligibilityOutcome outcome) => outcome switch
    {
        EligibilityOutcome.ManagingNutrition => "Preparing food and drink, and eating",
        EligibilityOutcome.PersonalHygiene => "Washing and personal hygiene",
        EligibilityOutcome.ToiletNeeds => "Using the toilet",
        EligibilityOutcome.BeingAppropriatelyClothed => "Getting dressed",
        EligibilityOutcome.UsingTheHomeSafely => "Moving around the home safely",
        EligibilityOutcome.HabitableHome => "Keeping the home clean and safe",
        EligibilityOutcome.Relationships => "Keeping in touch with family and friends",
        EligibilityOutcome.WorkTrainingEducationVolunteering => "Work, training, education or volunteering",
        EligibilityOutcome.UsingCommunityFacilities => "Using local services, shops and public transport",
        EligibilityOutcome.CaringForAChild => "Looking after a child",
        EligibilityOutcome.CaringForOthers => "Caring for other people",
        EligibilityOutcome.RecreationalActivities => "Having time for hobbies and activities",
        _ => outcome.ToString(),
    };

    public static string Describe(RequestType type) => type switch
    {
        RequestType.Self => "Myself",
        RequestType.Carer => "Me, as a carer",
        RequestType.ParentOfDisabledChild => "My disabled child",
        RequestType.OnBehalfOf => "Someone else, on their behalf",
        _ => type.ToString(),
    };
}
