/* fazhi-cmd-check.c: fazhi check
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fazhi-cli.h"

int
fazhi_cmd_check (int    argc,
                 char **argv)
{
  fazhi_cli_error ("check is not available yet");
  return FAZHI_EXIT_USAGE;
}
