#pragma once
// The pieces every write on a submission or run shares, run inside the caller's transaction:
// queueing a job, checking a lease, appending an event, setting a target's status.
#include <string>

#include "connection.h"
#include "verdict/store/store.h"

namespace verdict::store {

Millis wallClockMs();  // for rows the interface gives no time for (an event's created_ms)

// Queues a new job for the target and appends its "queued" event.
void enqueue(Connection& db, JobKind kind, Id target, Millis nowMs,
             const std::string& queuedEventJson);
// The job is still leased by exactly this lease (owner and attempt), expired or not: nobody
// else has taken it, and it was not finished, released or superseded by a rejudge.
bool leaseIsCurrent(Connection& db, const Lease& lease);
// Appends the target's next event (seq = last + 1) and returns its seq.
std::int64_t appendEventRow(Connection& db, JobKind kind, Id target, const std::string& json,
                            Millis nowMs);
void setStatus(Connection& db, JobKind kind, Id target, const std::string& status);

}  // namespace verdict::store
