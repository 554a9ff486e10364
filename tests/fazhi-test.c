/* fazhi-test.c: what every C test program shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdarg.h>
#include <stdlib.h>

#include "fazhi-test.h"

char *
fazhi_test_data_path (const char *first_element,
                      ...)
{
  const char           *root = g_getenv ("FAZHI_TEST_DATA");
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();
  const char           *element;
  va_list               args;

  g_ptr_array_add (parts, (gpointer) (root ? root : "tests/data"));
  va_start (args, first_element);
  for (element = first_element; element != NULL; element = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) element);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

char *
fazhi_test_seed_path (void)
{
  const char      *dir = g_getenv ("FAZHI_SEED_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "000_c85088f75cc5e253.txt", NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return g_steal_pointer (&path);
}

GBytes *
fazhi_test_load_bytes (const char *path)
{
  g_autoptr (GError) error = NULL;
  char              *contents = NULL;
  gsize              length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    ck_abort_msg ("cannot read %s: %s", path, error->message);
  return g_bytes_new_take (contents, length);
}

int
fazhi_test_run (Suite *suite)
{
  SRunner *runner = srunner_create (suite);
  int      failed;

  srunner_run_all (runner, CK_ENV);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);

  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
