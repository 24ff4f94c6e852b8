# The two quick-start commands: `make demo` and `make test`.
BUILD ?= build
JOBS ?= 2
EXAMPLE ?= examples/design-agency
BROKEN_EXAMPLE ?= examples/broken/handoffs
DEMO_REPORT ?= $(BUILD)/demo-report

.PHONY: demo test build build-deps deps npm dist format format-check lint lint-deps clean

# Builds only the bizmap binary, checks a broken model (findings with their
# carets; check exits 1 there), then a clean one, and writes its report.
demo: build-deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j $(JOBS) --target bizmap
	@echo
	@echo "== bizmap check $(BROKEN_EXAMPLE): a model with broken handoffs"
	@./$(BUILD)/bizmap check $(BROKEN_EXAMPLE); test $$? -eq 1
	@echo
	@echo "== bizmap check $(EXAMPLE): a model that checks clean"
	@./$(BUILD)/bizmap check $(EXAMPLE)
	@echo
	@echo "== bizmap report $(EXAMPLE) -o $(DEMO_REPORT)"
	@./$(BUILD)/bizmap report $(EXAMPLE) -o $(DEMO_REPORT)
	@echo "The report is in $(DEMO_REPORT)/: open $(DEMO_REPORT)/README.md"

test: deps build npm dist
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

build: build-deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j $(JOBS)

# The release archive (docs/ci.md): a statically linked bizmap with its man
# page and README, dist/bizmap-VERSION-linux-x86_64.tar.gz and its .sha256,
# built in a folder of its own.
DIST_BUILD ?= build-dist
dist: build-deps
	cmake -S . -B $(DIST_BUILD) -DCMAKE_BUILD_TYPE=Release -DBIZMAP_STATIC=ON -DBIZMAP_BUILD_TESTS=OFF
	cmake --build $(DIST_BUILD) -j $(JOBS) --target bizmap
	./scripts/make-dist.sh $(DIST_BUILD) dist

# The packages that build bizmap; `deps` adds the tools the tests check output with.
build-deps:
	./scripts/install-deps.sh build

deps:
	./scripts/install-deps.sh build formats report editor

npm:
	./scripts/install-npm.sh

format:
	git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

# Fails on any source clang-format would change, and on two types of one name
# in one namespace (scripts/check-type-names.sh).
format-check: lint-deps
	git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run -Werror
	./scripts/check-type-names.sh

# format-check, then any finding of the checks .clang-tidy chooses in src/ (and
# the headers it includes), read with the build's compile_commands.json;
# configuring and the generated rule examples are enough, nothing is compiled.
lint: format-check
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) --target rule_examples
	run-clang-tidy -quiet -p $(BUILD) -j $(JOBS) '$(CURDIR)/src/.*\.cpp$$'

lint-deps:
	./scripts/install-deps.sh build lint

clean:
	rm -rf $(BUILD)

# --- Sanitizers and fuzzing (docs/limits.md) ---------------------------------
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_CORPUS ?= fuzz/corpus
FUZZ_ARTIFACTS ?= fuzz/regressions/

.PHONY: test-sanitized fuzz-deps fuzz-build fuzz-corpus fuzz fuzz-lsp

# The whole test suite built with AddressSanitizer and UBSan (Debug).
test-sanitized: deps npm
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DBIZMAP_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

# clang and libFuzzer's runtime (scripts/packages/fuzz.txt).
fuzz-deps:
	./scripts/install-deps.sh build fuzz

fuzz-build: fuzz-deps
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DBIZMAP_FUZZ=ON -DBIZMAP_BUILD_TESTS=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_model

# Seeds: the committed fuzz/seeds, every example and every rule fixture.
fuzz-corpus:
	./fuzz/make-corpus.sh $(FUZZ_CORPUS)

# Runs the fuzzer for FUZZ_SECONDS; a crash, timeout or out-of-memory input is
# written to FUZZ_ARTIFACTS (git-ignored) and fails the target.
fuzz: fuzz-build fuzz-corpus
	mkdir -p $(FUZZ_ARTIFACTS)
	./$(FUZZ_BUILD)/fuzz/fuzz_model $(FUZZ_CORPUS) -dict=fuzz/bizmap.dict \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=5 -rss_limit_mb=2048 \
	  -artifact_prefix=$(FUZZ_ARTIFACTS) -print_final_stats=1

# The language server's message handling (fuzz/fuzz_lsp.cpp), seeded with the
# sessions in fuzz/lsp-seeds/; crashes go to FUZZ_ARTIFACTS as above.
FUZZ_LSP_CORPUS ?= fuzz/lsp-corpus

fuzz-lsp: fuzz-deps
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DBIZMAP_FUZZ=ON -DBIZMAP_BUILD_TESTS=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_lsp
	mkdir -p $(FUZZ_ARTIFACTS) $(FUZZ_LSP_CORPUS)
	cp fuzz/lsp-seeds/* $(FUZZ_LSP_CORPUS)/
	./$(FUZZ_BUILD)/fuzz/fuzz_lsp $(FUZZ_LSP_CORPUS) -dict=fuzz/lsp.dict \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=5 -rss_limit_mb=2048 \
	  -artifact_prefix=$(FUZZ_ARTIFACTS) -print_final_stats=1
