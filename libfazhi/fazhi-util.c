/* fazhi-util.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "fazhi-util-private.h"

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

void
_fazhi_strv_sort (char **strv)
{
  if (strv != NULL)
    qsort (strv, g_strv_length (strv), sizeof (char *), compare_strings);
}
