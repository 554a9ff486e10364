/* fazhi-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fazhi-error.h"

/* The first argument is stringified into the domain's name. */
/* clang-format off */
G_DEFINE_QUARK (fazhi-error-quark, fazhi_error)
G_DEFINE_QUARK (fazhi-reader-error-quark, fazhi_reader_error)
/* clang-format on */
