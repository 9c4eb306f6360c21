namespace DirectPayments.Domain.Reviews;

/// <summary>How a notice of the surplus reached the person: on paper or not, and the day it was posted if it has been.</summary>
public readonly record struct NoticeDelivery(bool OnPaper, DateOnly? PostedOn);

/// <summary>
/// The last day a person may answer a notice of the surplus to be recovered (ADR 10). A notice read online reaches them
/// the day it is sent, so they have until the day it gives. A notice that goes on paper reaches them only once it is
/// posted, so their time runs from that day: as many days as the notice gave, from the day it was posted. Until then
/// there is no last day, and nothing may be recovered.
/// </summary>
public static class TimeToAnswer
{
    public static DateOnly? LastDay(DateOnly sentOn, DateOnly respondBy, NoticeDelivery delivery) =>
        !delivery.OnPaper ? respondBy
        : delivery.PostedOn is { } posted ? posted.AddDays(respondBy.DayNumber - sentOn.DayNumber)
        : null;
}
