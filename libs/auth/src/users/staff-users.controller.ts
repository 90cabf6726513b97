import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Page, Permission, RequirePermission } from '@vs/platform';
import {
  CreateStaffUserDto,
  StaffUserPage,
  StaffUserQueryDto,
  StaffUserView,
  UpdateStaffUserDto,
} from '../dto/staff-user.dto';
import { StaffUsersService } from './staff-users.service';

@ApiTags('admin')
@Controller('admin/users')
export class StaffUsersController {
  constructor(private readonly users: StaffUsersService) {}

  @Post()
  @RequirePermission(Permission.UsersManage)
  @ApiCreatedResponse({ type: StaffUserView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateStaffUserDto): Promise<StaffUserView> {
    return this.users.create(actor, dto);
  }

  @Get()
  @RequirePermission(Permission.UsersManage)
  @ApiOkResponse({ type: StaffUserPage })
  list(@Query() query: StaffUserQueryDto): Promise<Page<StaffUserView>> {
    return this.users.list(query);
  }

  @Get(':id')
  @RequirePermission(Permission.UsersManage)
  @ApiOkResponse({ type: StaffUserView })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<StaffUserView> {
    return this.users.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.UsersManage)
  @ApiOkResponse({ type: StaffUserView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateStaffUserDto,
  ): Promise<StaffUserView> {
    return this.users.update(actor, id, dto);
  }

  @Post(':id/unlock')
  @RequirePermission(Permission.UsersManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Lift a lockout early' })
  @ApiOkResponse({ type: StaffUserView })
  unlock(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<StaffUserView> {
    return this.users.unlock(actor, id);
  }
}
