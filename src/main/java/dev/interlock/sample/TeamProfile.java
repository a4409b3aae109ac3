package dev.interlock.sample;

import java.util.List;

/**
 * Who a team is: project key and name, its place upstream or downstream ({@code rank}), its
 * components and the things it works on ({@code nouns}, lower case, for summaries).
 */
record TeamProfile(String key, String name, int rank, List<String> components, List<String> nouns) {

  static final List<TeamProfile> ACME =
      List.of(
          new TeamProfile(
              "PAY",
              "Payments",
              4,
              List.of("Refunds", "Payouts", "Card Vault", "Fraud"),
              List.of(
                  "refund status",
                  "payout schedules",
                  "SEPA mandates",
                  "card tokens",
                  "chargeback disputes",
                  "settlement reports",
                  "3-D Secure results",
                  "currency conversion",
                  "payment retries",
                  "fraud scores",
                  "merchant fees",
                  "invoice PDFs",
                  "Klarna instalments",
                  "webhook signatures")),
          new TeamProfile(
              "CHK",
              "Checkout",
              5,
              List.of("Cart", "Payment Page", "Order Confirmation"),
              List.of(
                  "cart totals",
                  "promo codes",
                  "shipping options",
                  "guest checkout",
                  "address validation",
                  "the order confirmation",
                  "gift cards",
                  "tax breakdown",
                  "express checkout",
                  "basket recovery emails",
                  "delivery slots",
                  "saved addresses",
                  "the payment page",
                  "order notes")),
          new TeamProfile(
              "CAT",
              "Catalog",
              3,
              List.of("Search", "Product Feed", "Pricing"),
              List.of(
                  "product variants",
                  "search facets",
                  "price history",
                  "stock levels",
                  "the category tree",
                  "product images",
                  "size charts",
                  "bundle offers",
                  "product reviews",
                  "the SKU import",
                  "search synonyms",
                  "brand pages",
                  "the merchant product feed",
                  "energy labels")),
          new TeamProfile(
              "IDN",
              "Identity",
              1,
              List.of("Login", "OAuth", "Accounts"),
              List.of(
                  "password reset",
                  "session tokens",
                  "passkeys",
                  "OAuth scopes",
                  "the login audit log",
                  "MFA enrolment",
                  "account deletion",
                  "merchant SSO",
                  "consent records",
                  "login rate limits",
                  "refresh tokens",
                  "email verification",
                  "the user directory sync",
                  "service accounts")),
          new TeamProfile(
              "MOB",
              "Mobile",
              6,
              List.of("iOS", "Android", "App Shell"),
              List.of(
                  "push notifications",
                  "the offline basket",
                  "deep links",
                  "app onboarding",
                  "dark mode",
                  "biometric login",
                  "crash reporting",
                  "the in-app review prompt",
                  "order tracking",
                  "app start time",
                  "the wish list",
                  "in-app messages",
                  "the store locator",
                  "app accessibility labels")),
          new TeamProfile(
              "PLAT",
              "Platform",
              0,
              List.of("Kubernetes", "Observability", "CI/CD", "Service Mesh"),
              List.of(
                  "service mesh certificates",
                  "Kubernetes node pools",
                  "CI pipeline caching",
                  "secrets rotation",
                  "log retention",
                  "autoscaling rules",
                  "Postgres failover",
                  "staging environments",
                  "the API gateway rate limiter",
                  "trace sampling",
                  "container base images",
                  "the feature flag service",
                  "DNS failover",
                  "backup restores")),
          new TeamProfile(
              "DATA",
              "Data",
              2,
              List.of("Pipelines", "Warehouse", "Reporting"),
              List.of(
                  "order events",
                  "the revenue dashboard",
                  "the daily warehouse load",
                  "GDPR deletion jobs",
                  "customer cohorts",
                  "Kafka topics",
                  "dbt models",
                  "data quality checks",
                  "churn model features",
                  "funnel metrics",
                  "the marketing attribution export",
                  "BigQuery costs",
                  "CDC connectors",
                  "the finance extract")));

  static final TeamProfile OPS =
      new TeamProfile(
          "OPS",
          "Operations",
          -1,
          List.of("Network", "On-call"),
          List.of(
              "the VPN concentrators",
              "the on-call rota",
              "firewall rules",
              "TLS certificates",
              "the office Wi-Fi",
              "the status page",
              "backup tapes",
              "SSO for vendors",
              "laptop provisioning",
              "the incident runbook"));

  private static final List<String> DOMAINS =
      List.of(
          "Search",
          "Notifications",
          "Billing",
          "Shipping",
          "Loyalty",
          "Reviews",
          "Ads",
          "Pricing",
          "Returns",
          "Support Tools",
          "Marketplace",
          "Subscriptions",
          "Warehouse",
          "Partner API",
          "Content",
          "Experimentation",
          "Localization",
          "Messaging",
          "Recommendations",
          "Tax");

  private static final List<String> GENERIC_NOUNS =
      List.of(
          "the public API",
          "the admin screen",
          "nightly jobs",
          "email templates",
          "the settings page",
          "audit events",
          "the import job",
          "CSV exports",
          "webhooks",
          "the batch scheduler",
          "rate limits",
          "the read model",
          "feature flags",
          "error budgets");

  /** The profile of team {@code index}: Acme's first seven, then generated ones. */
  static TeamProfile of(int index) {
    if (index < ACME.size()) {
      return ACME.get(index);
    }
    int n = index + 1;
    int domain = (index - ACME.size()) % DOMAINS.size();
    int round = (index - ACME.size()) / DOMAINS.size();
    String name = DOMAINS.get(domain) + (round == 0 ? "" : " " + (round + 1));
    return new TeamProfile(
        String.format(java.util.Locale.ROOT, "T%03d", n),
        name,
        n,
        List.of("Backend", "Frontend", "API"),
        GENERIC_NOUNS);
  }
}
