# The JVM options the installers give the app (sourced by packaging/package.sh, which writes them into the app image's
# launcher, and by bench/soak.sh, which runs the jar as the installers run the app): the Vector API module, a heap of
# 560 MB (see bench/soak.sh), G1's marking threshold, and training below the window's priority.
# mvn javafx:run gives the app the same options (the pom, with its reasons beside them).
#
# The decoded datasets keep the old generation near half the heap, above G1's default marking threshold (45%,
# adaptive), so every humongous array started a concurrent marking (98 in a 30-minute soak); at a fixed 75% G1 marks
# when garbage has built up. -XX:ThreadPriorityPolicy=1 lets Java priorities reach the OS, where NORM_PRIORITY - 2
# (training, its workers and the other background threads) is nice 2 by default: sharing a core with a training
# thread at nice 2 the window's thread has 61% of it, and a view that takes 60 ms of CPU to come back takes 100 ms of
# the clock. At nice 10 it has 90% (the CPU nobody else wants still all goes to training). 3 alternated 20-second
# starts with training from the 1st second: the frame gaps over 100 ms in the first seconds summed 5.6, 3.9, 5.1 s at
# nice 2 and 3.0, 3.2, 2.6 s at nice 10. Linux only: elsewhere the OS's priorities are other numbers. The same policy
# gives the window's threads, at the highest Java priority, nice -5 where the OS allows it, above the JIT's compiler
# threads (nice -4 there): app/WindowPriority says what that did.
INSTALLER_JVM_OPTIONS=(--add-modules=jdk.incubator.vector -Xmx560m -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=75
  -XX:ThreadPriorityPolicy=1)
case "$(uname -s)" in
  Linux*) INSTALLER_JVM_OPTIONS+=(-XX:JavaPriority3_To_OSPriority=10) ;;
esac
