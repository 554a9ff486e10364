/* fazhi-test.h: what every C test program shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <check.h>
#include <glib.h>

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/* Path of a fixture under tests/data (FAZHI_TEST_DATA). */
char   *fazhi_test_data_path  (const char *first_element,
                               ...) G_GNUC_NULL_TERMINATED;
/* Path of the user's seed report, or NULL when it is not there. */
char   *fazhi_test_seed_path  (void);
/* Contents of a file; fails the test when it cannot be read. */
GBytes *fazhi_test_load_bytes (const char *path);
/* Runs @suite with TAP output as meson expects; returns the exit status. */
int     fazhi_test_run        (Suite      *suite);

/* ck_assert for GError: no error must have been set. */
#define fazhi_assert_no_error(err) \
  ck_assert_msg ((err) == NULL, "unexpected error: %s", (err) ? (err)->message : "")
/* The error must be in @dom with @c. */
#define fazhi_assert_error(err, dom, c) \
  do { \
    ck_assert_msg ((err) != NULL, "expected an error, got none"); \
    ck_assert_msg ((err)->domain == (dom) && (err)->code == (c), \
                   "expected error %s:%d, got %s:%d (%s)", g_quark_to_string (dom), (int) (c), \
                   g_quark_to_string ((err)->domain), (err)->code, (err)->message); \
  } while (0)

/* clang-format on */

G_END_DECLS
