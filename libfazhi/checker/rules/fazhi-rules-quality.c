/* fazhi-rules-quality.c — being written */
#include "config.h"
#include "fazhi-rules-private.h"
void
_fazhi_rules_add_quality (GPtrArray *out)
{
}
