package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** {@code GET /rest/api/2/issueLinkType}: {@code {"issueLinkTypes":[…]}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IssueLinkTypesDto(List<IssueLinkTypeDto> issueLinkTypes) {
  public IssueLinkTypesDto {
    issueLinkTypes = WireLists.orEmpty(issueLinkTypes);
  }
}
