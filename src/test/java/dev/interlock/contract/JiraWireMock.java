package dev.interlock.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.interlock.SharedFiles;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server on a dynamic port that checks every exchange against Jira's OpenAPI spec and
 * fails the test that sent a request breaking it, with the violations in the message, even when the
 * client coped with the answer. Register it with {@code @RegisterExtension}, static (one server per
 * class) or not (one per test); stub it like WireMock, or let it {@link #serve} a fake Jira for the
 * current test.
 *
 * <p>The spec is resolved before the first request: when it is missing, each test is skipped (so
 * that every one is reported skipped), or, when the shared files are required, the class fails per
 * {@link SharedFiles}. A request is never sent unchecked.
 */
public final class JiraWireMock extends WireMockExtension {
  private final ContractListener contract;
  private final Slot slot;
  private final SharedFiles shared;

  private JiraWireMock(ContractListener contract, Slot slot, SharedFiles shared) {
    super(
        WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(slot, contract)));
    this.contract = contract;
    this.slot = slot;
    this.shared = shared;
  }

  /** Checked against the spec in the shared folder of this run. */
  public static JiraWireMock create() {
    return withShared(SharedFiles.ofThisRun());
  }

  /** Checked against the spec in {@code shared}. */
  public static JiraWireMock withShared(SharedFiles shared) {
    return new JiraWireMock(new ContractListener(), new Slot(), shared);
  }

  /**
   * Answers every request of the current test through {@code fake} (e.g. the in-repo fake Jira, a
   * WireMock transformer), still checked against the spec; returns the base URL.
   */
  public String serve(ResponseDefinitionTransformerV2 fake) {
    slot.fake = fake;
    stubFor(any(anyUrl()).willReturn(aResponse()));
    return baseUrl();
  }

  /** The exchanges checked so far in this test, as "METHOD /path". */
  public List<String> checked() {
    return contract.checked();
  }

  /** The Data Center-only requests of this test that no Cloud spec covers. */
  public List<String> exempt() {
    return contract.exempt();
  }

  @Override
  protected void onBeforeAll(ExtensionContext context, WireMockRuntimeInfo info) {
    if (shared.required()) {
      contract.useSpec(JiraContract.requireSpec(shared));
    }
  }

  @Override
  protected void onBeforeEach(ExtensionContext context, WireMockRuntimeInfo info) {
    contract.useSpec(JiraContract.requireSpec(shared));
    contract.reset();
    slot.fake = null;
  }

  @Override
  protected void onAfterEach(ExtensionContext context, WireMockRuntimeInfo info) {
    List<String> violations = contract.violations();
    List<String> unanswered = List.copyOf(slot.failures);
    slot.fake = null;
    slot.failures.clear();
    StringBuilder message = new StringBuilder();
    if (!violations.isEmpty()) {
      message.append("requests of this test broke the Jira OpenAPI contract:\n");
      violations.forEach(v -> message.append(v).append('\n'));
    }
    if (!unanswered.isEmpty()) {
      message.append("the fake Jira could not answer requests of this test:\n");
      unanswered.forEach(f -> message.append(f).append('\n'));
    }
    if (!message.isEmpty()) {
      throw new AssertionError(message.toString().strip());
    }
  }

  /**
   * Passes each request to the fake installed for the current test, if any. A fake that throws
   * answers 500 and is recorded, so the test fails even when the client retried past it.
   */
  private static final class Slot implements ResponseDefinitionTransformerV2 {
    private volatile ResponseDefinitionTransformerV2 fake;
    private final List<String> failures = new CopyOnWriteArrayList<>();

    @Override
    public String getName() {
      return "interlock-fake-slot";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      ResponseDefinitionTransformerV2 current = fake;
      if (current == null) {
        return event.getResponseDefinition();
      }
      try {
        return current.transform(event);
      } catch (RuntimeException e) {
        String request = event.getRequest().getMethod() + " " + event.getRequest().getUrl();
        failures.add(request + ": " + e);
        return new ResponseDefinition(500, "the fake Jira failed on " + request + ": " + e);
      }
    }
  }
}
