package dev.interlock.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PageWriterTest {
  @Test
  void tokensLookLikeCloudsOpaqueBase64() {
    assertThat(PageWriter.token(2)).isEqualTo("CAEaAggC");
    assertThat(PageWriter.token(300)).isEqualTo("CAEaAwisAg==");
  }

  @Test
  void pageFilesAreNumberedWithFourDigitsAndRecognised() {
    assertThat(PageWriter.fileName(7)).isEqualTo("search-0007.json");
    assertThat(PageWriter.isPageFile(Path.of("search-12345.json"))).isTrue();
    assertThat(PageWriter.isPageFile(Path.of("README.md"))).isFalse();
    assertThat(PageWriter.isPageFile(Path.of("search-1.json"))).isFalse();
  }
}
