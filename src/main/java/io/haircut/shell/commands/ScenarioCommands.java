package io.haircut.shell.commands;

import io.haircut.coverage.Scenario;
import io.haircut.coverage.Scenarios;
import io.haircut.report.CoverageFormats;
import io.haircut.shell.input.OptionText;
import io.haircut.shell.state.SessionState;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** Named growth scenarios for {@code coverage --scenarios}; bear, base and bull are there from the start. */
@Command(command = "scenario", group = "Coverage")
public class ScenarioCommands {

    private final SessionState state;

    ScenarioCommands(SessionState state) {
        this.state = state;
    }

    @Command(command = "add", description = "Add a scenario, or replace the one of that name. "
            + "Example: scenario add slowdown --growth 30% --decay 10% --without-top-customer")
    String add(
            @Option(longNames = "name", required = true, description = "the scenario's name, e.g. slowdown") String name,
            @Option(longNames = "growth", required = true, description = "growth a year, e.g. 30%") String growth,
            @Option(longNames = "decay", description = "the share by which the rate shrinks each year, e.g. 10% (default 0%)") String decay,
            @Option(longNames = "without-top-customer", description = "leave the largest customer group out of the LTM") boolean withoutTop,
            @Option(longNames = "basis", defaultValue = "adjusted", description = "adjusted | reported: the revenue projected") String basis,
            @Option(longNames = "without-vendor-funding", description = "take the commitment vendors' own binding funding out of "
                    + "cash and credits") boolean withoutVendorFunding) {
        Scenario scenario = OptionText.scenario(name, growth, decay, withoutTop, OptionText.basis(basis), withoutVendorFunding);
        boolean replaced = state.current().scenarios().named(name).isPresent();
        state.update("scenario add " + scenario.name(), s -> s.withScenarios(s.scenarios().with(scenario)));
        return (replaced ? "Replaced scenario " : "Added scenario ") + CoverageFormats.describe(scenario);
    }

    @Command(command = "list", description = "List the scenarios that coverage --scenarios compares. Example: scenario list")
    String list() {
        Scenarios scenarios = state.current().scenarios();
        if (scenarios.all().isEmpty()) {
            return "No scenarios; add one: scenario add base --growth 40%";
        }
        return CoverageFormats.scenarioList(scenarios).stripTrailing();
    }

    @Command(command = "remove", description = "Remove a scenario. Example: scenario remove bull")
    String remove(@Option(longNames = "name", required = true, description = "the scenario's name")
            @OptionValues(provider = "scenarioNames") String name) {
        state.update("scenario remove " + name, s -> s.withScenarios(s.scenarios().without(name)));
        return "Removed scenario " + name;
    }
}
