package org.moocinterop.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;

/**
 * Checks the conventions every mooc-interop library module keeps, on its compiled classes:
 * {@code ...internal} packages are not exported, and every package is {@code @NullMarked}.
 * A module's test calls {@link #check(Path)} with its {@code target/classes} folder.
 */
public final class ModuleConventions {

  private ModuleConventions() {}

  /** The compiled main classes of the module under test, as Maven lays them out. */
  public static Path mainClasses() {
    return Path.of("target", "classes");
  }

  /** Reads the module descriptor compiled into {@code classes}. */
  public static ModuleDescriptor descriptor(Path classes) {
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts the conventions on the module compiled into {@code classes}. */
  public static void check(Path classes) {
    ModuleDescriptor module = descriptor(classes);
    Set<String> exported = module.exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(exported)
        .as("exported packages of %s", module.name())
        .noneMatch(name -> name.contains(".internal"));
    assertThat(exported).as("packages of %s that exist", module.name())
        .isSubsetOf(module.packages());
    for (String pkg : packagesWithClasses(classes)) {
      assertThat(isNullMarked(pkg))
          .as("package %s has a package-info.java annotated @NullMarked", pkg)
          .isTrue();
    }
  }

  private static boolean isNullMarked(String pkg) {
    try {
      Class<?> info = Class.forName(pkg + ".package-info");
      return info.isAnnotationPresent(NullMarked.class);
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static Set<String> packagesWithClasses(Path classes) {
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .filter(f -> !f.getFileName().toString().equals("module-info.class"))
          .map(f -> classes.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), "."))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
