/**
 * The dependency store: per Maven module, at {@code <module>/.testgov/store}, what each recorded test
 * executed (classes, and methods within them) and read (files), with the fingerprints and hashes those had,
 * plus the module's build inputs. Selection compares today's classes, files and inputs with it.
 *
 * <p>The file is text ({@link dev.testgov.maven.internal.store.StoreFormat}), deterministic and relocatable:
 * paths are relative to the reactor root, classes are named by JVM name with the reactor module or
 * dependency they came from, and nothing depends on the machine or the time. It sits outside
 * {@code target/} so that {@code mvn clean} keeps it; CI can cache it, or a team can commit it — then ignore
 * {@code .testgov/store.lock}, and mark the store {@code -merge} in {@code .gitattributes} so that Git never
 * merges two stores line by line (the checksum would reject the result, and every test would run). A store
 * that is missing, damaged, from another version or edited loads as absent with a warning
 * ({@link dev.testgov.maven.internal.store.LoadResult}), and then every test runs.
 *
 * <p>Files are keyed relative to the reactor root, or as an entry of a dependency; reads of the JDK, of
 * {@code /dev}, {@code /proc}, {@code /sys} and of temporary files gone by the merge are not tracked.
 * Any other read outside the reactor marks the test {@code external}: it cannot be compared on another
 * machine, so the test always runs.
 *
 * <p>Rules a selector must follow: a test runs unless
 * {@link dev.testgov.maven.internal.store.TestRecord#mayBeLeftOut()}; it is affected when a build input
 * changed, when a class it executed changed its structure or a method it executed changed its fingerprint
 * (any change at all for a class-level dependency, {@code *}), or when a file it read changed its hash. An
 * unresolved class (origin {@code ?}) could not be fingerprinted: it belongs to the test harness or was
 * generated at run time, and changes with the build inputs (plugin and JDK versions, which callers include
 * in the configuration inputs).
 */
package dev.testgov.maven.internal.store;
