# The two quick-start commands: `make demo` and `make test`.
BUILD ?= build
JOBS ?= 2
EXAMPLE ?= examples/design-agency

.PHONY: demo test build deps npm format clean

demo: build
	./$(BUILD)/bizmap check $(EXAMPLE)

test: build npm
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j $(JOBS)

deps:
	./scripts/install-deps.sh

npm:
	./scripts/install-npm.sh

format:
	git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

clean:
	rm -rf $(BUILD)
