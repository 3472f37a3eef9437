#pragma once

// A fetched hop as the store records it. Private to crawler/: the sweep's
// workers and the page renderer's loader both hand hops to the writer.

#include "crawler/fetcher.h"
#include "store/records.h"

namespace lantian::crawler::internal {

// Moves the hop's buffers (the body is the largest thing a page holds: no
// copy). `outcome` and `last` say why a truncated final hop was cut.
store::ExchangeHop ToExchangeHop(FetchHop&& h, FetchOutcome outcome, bool last);

}  // namespace lantian::crawler::internal
