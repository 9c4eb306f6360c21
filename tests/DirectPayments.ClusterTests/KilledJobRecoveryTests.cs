using DirectPayments.ClusterTests.Support;

namespace DirectPayments.ClusterTests;

/// <summary>
/// The place for what happens when an instance is killed part-way through background work (a payment run, the outbox
/// dispatcher holding a claimed message, the calendar sweep): that the other instance takes the work over once the
/// claim or lease runs out, and that nothing is done twice or left half done. It needs the cluster's instances to be
/// stopped and started one at a time, which <see cref="Cluster"/> does not offer yet; its tests belong in this class,
/// on the same cluster as the others. It has none yet.
/// </summary>
[Collection(OneCluster.Name)]
public sealed class KilledJobRecoveryTests;
