// `lantian user add NAME --role analyst|officer|admin [--password-file F]`,
// `lantian user list`, `lantian user disable NAME`, `lantian user passwd NAME`:
// the console's accounts (console/users.h). The password comes from
// --password-file (its first line), else is asked twice on a terminal with
// echo off, else is one line of stdin.

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "console/password.h"
#include "console/users.h"
#include "crawler/cli/commands.h"

namespace lantian::cli {
namespace {

struct UserFlags {
  std::string db = "lantian.db";
  std::string name;
  std::string role;
  std::string password_file;
  // Hidden: tests that sign in many times use "interactive".
  std::string kdf_cost = "moderate";
};

// One line from `in` without its line end.
bool ReadLine(std::istream& in, std::string* line) {
  if (!std::getline(in, *line)) return false;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

// Asks on the terminal with echo off; restores the terminal's mode.
Result<std::string> Prompt(const char* question) {
  std::fprintf(stderr, "%s", question);
  std::fflush(stderr);
  termios old{};
  const bool have_tty = tcgetattr(STDIN_FILENO, &old) == 0;
  if (have_tty) {
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  const bool got = ReadLine(std::cin, &line);
  if (have_tty) tcsetattr(STDIN_FILENO, TCSANOW, &old);
  std::fprintf(stderr, "\n");
  if (!got) return Status::InvalidArgument("no password given (stdin closed)");
  return line;
}

Result<std::string> ReadPassword(const UserFlags& flags) {
  if (!flags.password_file.empty()) {
    std::ifstream in(flags.password_file);
    std::string line;
    if (!in || !ReadLine(in, &line)) {
      return Status::InvalidArgument(flags.password_file + ": cannot read a password line");
    }
    return line;
  }
  if (isatty(STDIN_FILENO)) {
    auto first = Prompt("New password: ");
    if (!first.ok()) return first.status();
    auto second = Prompt("Repeat password: ");
    if (!second.ok()) return second.status();
    if (*first != *second) return Status::InvalidArgument("the two passwords differ");
    return *first;
  }
  std::string line;
  if (!ReadLine(std::cin, &line)) return Status::InvalidArgument("no password given on stdin");
  return line;
}

int Fail(const Status& s) {
  std::fprintf(stderr, "lantian user: %s\n", s.message().c_str());
  return 2;
}

int RunAdd(const UserFlags& flags) {
  auto cost = console::ParseKdfCost(flags.kdf_cost);
  if (!cost.ok()) return Fail(cost.status());
  // Name and role are checked before the password is asked for.
  if (Status s = console::CheckUserName(flags.name); !s.ok()) return Fail(s);
  auto password = ReadPassword(flags);
  if (!password.ok()) return Fail(password.status());
  Status s = console::AddUser(flags.db, flags.name, flags.role, *password, *cost);
  if (!s.ok()) return Fail(s);
  std::fprintf(stderr, "lantian user: added %s (%s)\n", flags.name.c_str(), flags.role.c_str());
  return 0;
}

int RunPasswd(const UserFlags& flags) {
  auto cost = console::ParseKdfCost(flags.kdf_cost);
  if (!cost.ok()) return Fail(cost.status());
  auto password = ReadPassword(flags);
  if (!password.ok()) return Fail(password.status());
  Status s = console::ChangePassword(flags.db, flags.name, *password, *cost);
  if (!s.ok()) return Fail(s);
  std::fprintf(stderr, "lantian user: password of %s changed; its sessions ended\n", flags.name.c_str());
  return 0;
}

}  // namespace

void RegisterUserCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<UserFlags>();
  CLI::App* cmd = app.add_subcommand("user", "Console accounts: add, list, disable, passwd");
  cmd->require_subcommand(1);

  CLI::App* add = cmd->add_subcommand("add", "Add an account");
  add->add_option("NAME", flags->name, "Account name")->required();
  add->add_option("--role", flags->role, "analyst, officer or admin")
      ->required()
      ->check(CLI::IsMember({"analyst", "officer", "admin"}));
  add->add_option("--password-file", flags->password_file, "Read the password from this file's first line");
  add->add_option("--kdf-cost", flags->kdf_cost)->group("");
  AddDbOption(*add, flags->db);
  add->callback([flags, &exit_code] { exit_code = RunAdd(*flags); });

  CLI::App* list = cmd->add_subcommand("list", "List accounts");
  AddDbOption(*list, flags->db);
  list->callback([flags, &exit_code] { exit_code = PrintReport("user", console::ListUsersReport(flags->db)); });

  CLI::App* disable = cmd->add_subcommand("disable", "Disable an account and end its sessions");
  disable->add_option("NAME", flags->name, "Account name")->required();
  AddDbOption(*disable, flags->db);
  disable->callback([flags, &exit_code] {
    Status s = console::DisableUser(flags->db, flags->name);
    exit_code = s.ok() ? 0 : Fail(s);
    if (s.ok()) std::fprintf(stderr, "lantian user: disabled %s\n", flags->name.c_str());
  });

  CLI::App* passwd = cmd->add_subcommand("passwd", "Set a new password (ends the account's sessions)");
  passwd->add_option("NAME", flags->name, "Account name")->required();
  passwd->add_option("--password-file", flags->password_file, "Read the password from this file's first line");
  passwd->add_option("--kdf-cost", flags->kdf_cost)->group("");
  AddDbOption(*passwd, flags->db);
  passwd->callback([flags, &exit_code] { exit_code = RunPasswd(*flags); });
}

}  // namespace lantian::cli
