/* fazhi-followup-analysis.c — being written */
#include "config.h"
#include "fazhi-check-context-private.h"
GArray *
_fazhi_followup_analyse (FazhiReport     *report,
                         FazhiReportText *text,
                         FazhiReport     *previous,
                         FazhiReportText *previous_text)
{
  return NULL;
}
